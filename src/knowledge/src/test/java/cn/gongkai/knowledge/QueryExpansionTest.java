package cn.gongkai.knowledge;

import cn.gongkai.knowledge.ingest.FolderSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class QueryExpansionTest {

    @TempDir
    Path temp;

    @Test
    void every_rule_whose_trigger_the_question_holds_adds_its_words_once_in_rule_order() {
        QueryExpansion rules = QueryExpansion.parse("""
                # a comment
                被辞退|炒鱿鱼 => 解除 劳动合同
                赔钱 => 赔偿 劳动合同
                not a rule
                加班 => 延长工作时间
                """);
        assertThat(rules.expand("被公司炒鱿鱼了，能要求赔钱吗")).containsExactly("解除", "劳动合同", "赔偿");
        assertThat(rules.expand("什么是政府信息")).isEmpty();
    }

    @Test
    void the_shipped_rules_carry_everyday_words_of_the_corpus_domains_to_the_laws_words() {
        QueryExpansion rules = QueryExpansion.standard();
        assertThat(rules.expand("他们最晚多久要答复我")).contains("期限", "工作日");
        assertThat(rules.expand("上班时受伤了怎么办")).contains("工伤", "认定");
        assertThat(rules.expand("房东不退押金")).contains("出租人", "租赁");
        assertThat(rules.expand("喝了酒开车被查")).contains("饮酒", "驾驶机动车");
    }

    @Test
    void an_everyday_question_finds_the_article_in_the_laws_words_through_the_expansion() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("示范劳动办法.md"), """
                # 示范劳动办法

                第一条 用人单位解除劳动合同的，应当依照本办法向劳动者支付经济补偿。

                第二条 本办法自公布之日起施行。
                """);
        Files.writeString(docs.resolve("示范征收办法.md"), """
                # 示范征收办法

                第一条 补偿标准由市人民政府规定。
                """);
        String question = "被炒鱿鱼了能拿补偿吗";
        SearchOptions bm25 = SearchOptions.defaults().withMode(SearchMode.BM25);
        try (KnowledgeBase kb = KnowledgeBase.open(temp.resolve("index"), null, Fixtures.CLOCK, RankingWeights.DEFAULT)) {
            kb.ingest(new FolderSource(docs));
            assertThat(kb.search(question, bm25).getFirst().documentTitle()).isEqualTo("示范劳动办法");
        }
        // without the expansion, the shorter article holding the question's one word of law comes first
        try (KnowledgeBase kb = KnowledgeBase.open(temp.resolve("index"), null, Fixtures.CLOCK,
                RankingWeights.DEFAULT.with("expansion=0"))) {
            assertThat(kb.search(question, bm25).getFirst().documentTitle()).isEqualTo("示范征收办法");
        }
    }
}
