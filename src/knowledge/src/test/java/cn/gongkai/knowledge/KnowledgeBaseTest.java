package cn.gongkai.knowledge;

import cn.gongkai.knowledge.eval.EvalQuestion;
import cn.gongkai.knowledge.eval.Evaluation;
import cn.gongkai.knowledge.ingest.FolderSource;
import cn.gongkai.knowledge.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** BM25 only (no embedding model): ingestion, validity, the exact-article router, links, evaluation. */
class KnowledgeBaseTest {

    @TempDir
    Path temp;
    Path folder;
    KnowledgeBase kb;
    final SearchOptions bm25 = SearchOptions.defaults().withMode(SearchMode.BM25);

    @BeforeEach
    void ingestTheFixtures() throws IOException {
        folder = Fixtures.copyOfKnowledgeBase(temp.resolve("docs"));
        kb = KnowledgeBase.open(temp.resolve("index"), null, Fixtures.CLOCK, RankingWeights.DEFAULT);
        IngestReport report = kb.ingest(new FolderSource(folder));
        assertThat(report.failures()).isEmpty();
        assertThat(report.added()).isEqualTo(7);
    }

    @AfterEach
    void close() throws IOException {
        kb.close();
    }

    private Catalog.Entry entry(String source) {
        return kb.documents().stream().filter(e -> e.document().source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void everyDocumentGetsItsMetadataAndValidity() {
        Map<String, Validity> validity = kb.documents().stream()
                .collect(Collectors.toMap(e -> e.document().source(), Catalog.Entry::validity));
        assertThat(validity).containsEntry("地方性法规/示范市政务公开规定(2020-03-01).md", Validity.CURRENT)
                // an older version of the same title
                .containsEntry("地方性法规/示范市政务公开规定(2012-05-01).md", Validity.AMENDED)
                // repealed by the 2022 text's last article; its own clause repealing a 1995 text of the same title does not count
                .containsEntry("行政法规/示范信访办法(2005-01-10).md", Validity.REPEALED)
                .containsEntry("行政法规/示范信访工作规定(2022-02-25).md", Validity.CURRENT)
                // in force from 2099
                .containsEntry("示范市电子证照办法.md", Validity.NOT_YET_EFFECTIVE);
        DocumentMetadata current = entry("地方性法规/示范市政务公开规定(2020-03-01).md").metadata();
        assertThat(current.documentNumber()).hasValue("示范市人民政府令第88号");
        assertThat(current.effectiveOn()).hasValue(LocalDate.of(2020, 4, 1));
        assertThat(current.level()).hasValue("地方性法规");
        DocumentMetadata reading = entry("解读/关于示范市政务公开规定的解读.md").metadata();
        assertThat(reading.title()).isEqualTo("《示范市政务公开规定》修订解读");
        assertThat(reading.kind()).isEqualTo(DocumentKind.INTERPRETATION);
        assertThat(reading.issuer()).hasValue("示范市司法局");
        assertThat(entry("示范市电子证照办法.md").metadata().documentNumber()).hasValue("示政规〔2098〕3号");
    }

    @Test
    void searchShowsCurrentTextsOnlyUnlessTheQuestionAsksAboutHistory() {
        List<Hit> current = kb.search("行政机关多少个工作日内答复申请", bm25);
        assertThat(current).isNotEmpty();
        assertThat(current).allMatch(hit -> hit.validity() == Validity.CURRENT);
        assertThat(current.subList(0, 2)).extracting(hit -> hit.source() + " " + hit.label())
                .contains("地方性法规/示范市政务公开规定(2020-03-01).md 第五条");

        List<Hit> history = kb.search("修订前的规定多少个工作日内答复申请", bm25);
        Hit old = history.stream().filter(hit -> hit.validity() != Validity.CURRENT).findFirst().orElseThrow();
        assertThat(history.indexOf(old)).isLessThanOrEqualTo(1);
        assertThat(old.source()).isEqualTo("地方性法规/示范市政务公开规定(2012-05-01).md");
        assertThat(old.citation()).isEqualTo("《示范市政务公开规定》第二条（已修订）");

        assertThat(kb.search("修订前的规定多少个工作日内答复申请", bm25.withHistory(SearchOptions.History.CURRENT)))
                .allMatch(hit -> hit.validity().current());
        assertThat(kb.search("信访人可以用哪些形式反映情况", bm25.withHistory(SearchOptions.History.ALL)))
                .anyMatch(hit -> hit.validity() == Validity.REPEALED && hit.citation().endsWith("（已废止）"));
        assertThat(kb.search("信访人可以用哪些形式反映情况", bm25)).noneMatch(hit -> hit.validity() == Validity.REPEALED);
    }

    @Test
    void aQuestionNamingDocumentAndArticleGetsThatArticleFirst() {
        Hit hit = kb.search("《示范市政务公开规定》第五条之一是怎么规定的", bm25).getFirst();
        assertThat(hit.exact()).isTrue();
        assertThat(hit.label()).isEqualTo("第五条之一");
        assertThat(hit.source()).isEqualTo("地方性法规/示范市政务公开规定(2020-03-01).md");
        assertThat(hit.headings()).containsExactly("第二章 依申请公开", "第二节 答复");

        // Arabic numerals, a distinctive ending of the title, no book-title marks
        Hit short_ = kb.search("政务公开规定第6条", bm25).getFirst();
        assertThat(short_.exact()).isTrue();
        assertThat(short_.label()).isEqualTo("第六条");
        assertThat(short_.validity()).isEqualTo(Validity.CURRENT);

        // the year of an older version picks that version, labelled
        Hit older = kb.search("2012年的示范市政务公开规定第二条", bm25).getFirst();
        assertThat(older.exact()).isTrue();
        assertThat(older.source()).isEqualTo("地方性法规/示范市政务公开规定(2012-05-01).md");
        assertThat(older.validity()).isEqualTo(Validity.AMENDED);

        // a repealed document named explicitly is answered, and labelled
        Hit repealed = kb.search("示范信访办法第二条", bm25).getFirst();
        assertThat(repealed.exact()).isTrue();
        assertThat(repealed.citation()).isEqualTo("《示范信访办法》第二条（已废止）");

        // a kind of which the knowledge base has several names none of them (two 规定, two 办法); one it has once does
        assertThat(kb.search("规定第五条", bm25)).noneMatch(Hit::exact);
        assertThat(kb.search("本办法第二条", bm25)).noneMatch(Hit::exact);
        Hit rules = kb.search("本细则第二条怎么说的", bm25).getFirst();
        assertThat(rules.exact()).isTrue();
        assertThat(rules.source()).isEqualTo("示范市政务公开规定实施细则.txt");
        assertThat(rules.label()).isEqualTo("第二条");
        // an article the document does not have: no exact hit, ordinary ranking
        assertThat(kb.search("示范市政务公开规定第九十九条", bm25)).noneMatch(Hit::exact);
        // a split article comes back whole
        Hit seventh = kb.search("示范市政务公开规定第七条", bm25).getFirst();
        assertThat(seventh.text()).startsWith("第七条 公民").contains("年度报告");
    }

    @Test
    void aQuestionInTraditionalCharactersFindsWhatItsSimplifiedFormFinds() {
        Hit exact = kb.search("《示範市政務公開規定》第五條之一是怎麼規定的", bm25).getFirst();
        assertThat(exact.exact()).isTrue();
        assertThat(exact.label()).isEqualTo("第五条之一");

        String simplified = "申请政府信息公开要收费吗";
        assertThat(kb.search("申請政府資訊公開要收費嗎", bm25)).extracting(Hit::citation)
                .isEqualTo(kb.search(simplified, bm25).stream().map(Hit::citation).toList());
    }

    @Test
    void aQuestionNamingADocumentInTitleMarksGetsThatDocumentsArticlesFirst() {
        String plain = "申请内容不明确的，要在几个工作日内告知补正？";
        assertThat(kb.search(plain, bm25).getFirst().documentTitle()).isEqualTo("示范市政务公开规定");
        List<Hit> named = kb.search("按照《示范信访工作规定》，" + plain, bm25);
        assertThat(named.getFirst().documentTitle()).isEqualTo("示范信访工作规定");
        assertThat(named).extracting(Hit::documentTitle).contains("示范市政务公开规定"); // the others still follow
        // a name that fits no document alone changes nothing
        assertThat(kb.search("按照《规定》，" + plain, bm25).getFirst().documentTitle()).isEqualTo("示范市政务公开规定");
    }

    @Test
    void aQuestionAskingWhatATermMeansGetsTheArticleDefiningItFirst() throws IOException {
        Files.writeString(folder.resolve("示范市电子政务办法.md"), """
                # 示范市电子政务办法

                第一条 为了规范电子政务服务，推进电子政务建设，制定本办法。

                第二条 本办法所称电子政务，是指行政机关运用信息技术，通过网络向公民、法人和其他组织提供办事、查询、咨询等公共服务，以及行政机关之间的业务协同。

                第三条 电子政务建设应当统筹规划。电子政务平台由市人民政府统一建设，各部门的电子政务系统应当接入电子政务平台，电子政务数据应当共享。
                """, StandardCharsets.UTF_8);
        kb.ingest(new FolderSource(folder));

        // by its words alone the article saying the most about the term comes first
        assertThat(kb.search("电子政务", bm25).getFirst().label()).isEqualTo("第三条");
        assertThat(kb.search("什么是电子政务？", bm25).getFirst().label()).isEqualTo("第二条");
        assertThat(kb.search("电子政务的定义", bm25).getFirst().label()).isEqualTo("第二条");
        // no article defines it: the words decide
        assertThat(kb.search("什么是电子政务平台？", bm25).getFirst().label()).isEqualTo("第三条");
    }

    @Test
    void aPolicyBringsItsInterpretationsAndBack() {
        Hit policy = kb.search("不能当场答复的答复期限", bm25).stream()
                .filter(hit -> hit.source().equals("地方性法规/示范市政务公开规定(2020-03-01).md")).findFirst().orElseThrow();
        assertThat(policy.linked()).extracting(Hit::source)
                .contains("解读/关于示范市政务公开规定的解读.md", "示范市政务公开规定实施细则.txt");
        Hit reading = policy.linked().stream().filter(h -> h.source().startsWith("解读/")).findFirst().orElseThrow();
        assertThat(reading.linkedAs()).hasValue(Catalog.INTERPRETED_BY);
        assertThat(reading.label()).isEqualTo("二、答复期限有什么变化");

        Hit interpretation = kb.search("修订后答复期限有什么变化", bm25.withKinds(java.util.Set.of(DocumentKind.INTERPRETATION)))
                .getFirst();
        assertThat(interpretation.source()).isEqualTo("解读/关于示范市政务公开规定的解读.md");
        assertThat(interpretation.linked()).singleElement().satisfies(linked -> {
            assertThat(linked.linkedAs()).hasValue(Catalog.INTERPRETS);
            assertThat(linked.source()).isEqualTo("地方性法规/示范市政务公开规定(2020-03-01).md");
            assertThat(linked.label()).isEqualTo("第五条");
        });
        // the old version is not linked to current texts
        assertThat(kb.catalog().links(entry("地方性法规/示范市政务公开规定(2012-05-01).md").id())).isEmpty();
    }

    @Test
    void reIngestionReplacesChangedFilesAndDropsRemovedOnes() throws IOException {
        Path rules = folder.resolve("行政法规/示范信访工作规定(2022-02-25).md");
        String changed = Files.readString(rules).replace("六十日内办结", "九十日内办结");
        Files.writeString(rules, changed);
        Files.delete(folder.resolve("示范市电子证照办法.md"));
        Files.writeString(folder.resolve("新增问答.md"), "# 常见问题\n\n## 查询进度\n\n可以用查询码查询办理进度。\n",
                StandardCharsets.UTF_8);
        int before = kb.chunkCount();

        IngestReport report = kb.ingest(new FolderSource(folder));
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(5);
        assertThat(report.totalChunks()).isEqualTo(before - 2 + 1);

        List<Hit> hits = kb.search("信访事项多少日内办结", bm25);
        assertThat(hits.getFirst().text()).contains("九十日内办结");
        assertThat(hits).noneMatch(hit -> hit.text().contains("六十日内办结"));
        assertThat(kb.documents()).noneMatch(e -> e.document().source().equals("示范市电子证照办法.md"));
        assertThat(kb.search("可以用查询码查询进度吗", bm25).getFirst().label()).isEqualTo("查询进度");

        // again without change: nothing to do
        IngestReport again = kb.ingest(new FolderSource(folder));
        assertThat(again.unchanged()).isEqualTo(7);
        assertThat(again.added() + again.updated() + again.removed()).isZero();
    }

    @Test
    void aFileWithoutTextIsReportedNotIndexedAndAnEmptiedOneKeepsItsLastText() throws IOException {
        Files.writeString(folder.resolve("扫描件.txt"), " \n\n\u3000\n", StandardCharsets.UTF_8);
        Path rules = folder.resolve("行政法规/示范信访工作规定(2022-02-25).md");
        Files.writeString(rules, "\n");
        IngestReport report = kb.ingest(new FolderSource(folder));
        assertThat(report.failures()).containsExactlyInAnyOrder("扫描件.txt: " + KnowledgeBase.NO_TEXT,
                "行政法规/示范信访工作规定(2022-02-25).md: " + KnowledgeBase.NO_TEXT);
        assertThat(report.added() + report.updated() + report.removed()).isZero();
        assertThat(kb.documents()).noneMatch(e -> e.document().source().equals("扫描件.txt"));
        // the emptied file is neither removed nor replaced by nothing: its articles are still found
        assertThat(kb.search("信访事项多少日内办结", bm25).getFirst().source()).isEqualTo("行政法规/示范信访工作规定(2022-02-25).md");
    }

    @Test
    void aRefreshUpdatesTheHeldDocumentsOfANewerSourceAndBringsNoRemovedOneBack() throws IOException {
        String removedId = entry("示范市电子证照办法.md").id();
        assertThat(kb.remove(removedId)).isTrue();
        assertThat(kb.outdated(new FolderSource(folder))).isEmpty();

        // a newer release of the source: one document changed, one new, and the one taken out still in it
        Path rules = folder.resolve("行政法规/示范信访工作规定(2022-02-25).md");
        Files.writeString(rules, Files.readString(rules).replace("六十日内办结", "九十日内办结"));
        Files.writeString(folder.resolve("新增问答.md"), "# 常见问题\n\n## 查询进度\n\n可以用查询码查询办理进度。\n",
                StandardCharsets.UTF_8);
        assertThat(kb.outdated(new FolderSource(folder))).extracting(SourceFile::relativePath)
                .containsExactly("行政法规/示范信访工作规定(2022-02-25).md");

        IngestReport report = kb.refresh(new FolderSource(folder));
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.added() + report.removed()).isZero();
        assertThat(kb.search("信访事项多少日内办结", bm25).getFirst().text()).contains("九十日内办结");
        assertThat(kb.documents()).extracting(Catalog.Entry::id).doesNotContain(removedId)
                .noneMatch(id -> id.endsWith("新增问答.md"));
        assertThat(kb.outdated(new FolderSource(folder))).isEmpty();
    }

    @Test
    void theIndexOutlivesTheProcess() throws IOException {
        int chunks = kb.chunkCount();
        kb.close();
        kb = KnowledgeBase.open(temp.resolve("index"), null, Fixtures.CLOCK, RankingWeights.DEFAULT);
        assertThat(kb.chunkCount()).isEqualTo(chunks);
        assertThat(kb.documents()).hasSize(7);
        assertThat(kb.search("申请表在哪里领取", bm25).getFirst().source()).isEqualTo("示范市政务公开规定实施细则.txt");
    }

    @Test
    void anEvaluationOverOurOwnQuestions() throws IOException {
        List<EvalQuestion> questions = EvalQuestion.read(Fixtures.resource("eval-fixture.jsonl"));
        assertThat(questions).hasSize(5);
        assertThat(questions.get(2).gold().getFirst().source()).hasValue("行政法规/示范信访工作规定(2022-02-25).md");
        Evaluation.Report report = Evaluation.run(kb, questions, bm25);
        assertThat(report.questions()).isEqualTo(5);
        assertThat(report.hitAt()[3]).isEqualTo(1.0);
        assertThat(report.hitAt()[0]).isGreaterThanOrEqualTo(0.6);
        assertThat(report.mrr10()).isBetween(report.hitAt()[0], 1.0);
        assertThat(report.summary()).contains("hit@10 1.000").contains("MRR@10");
    }

    @Test
    void anEmptyQuestionOrADenseSearchWithoutVectorsIsRefused() {
        // (a bad question file: EvalQuestionTest)
        assertThatThrownBy(() -> kb.search("  ", bm25)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kb.search("问题", bm25.withMode(SearchMode.DENSE))).isInstanceOf(IllegalStateException.class);
    }
}
