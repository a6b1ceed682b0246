package cn.gongkai.knowledge;

import cn.gongkai.knowledge.ingest.FolderSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document written in traditional characters (a text of our own, as an office in 澳门 or a 台办 might publish):
 * chunked by its 第X條 and 章, found by a question in simplified or traditional characters, cited as 第三条, looked
 * up by name and article, quoted in simplified characters with its own wording.
 */
class TraditionalDocumentTest {
    @TempDir
    Path temp;

    static final String TEXT = """
            # 示範市政府資料公開辦法

            第一章　總則

            第一條　為了保障公民、法人和其他組織依法獲取政府資料，制定本辦法。

            第二條　本辦法所稱政府資料，是指行政機關在履行職責過程中製作或者獲取的資料。

            第二章　依申請公開

            第三條　行政機關收到申請，能夠當場答覆的，應當當場予以答覆；不能當場答覆的，應當自收到申請之日起二十個工作日內予以答覆。

            第四條　申請人對答覆不服的，可以依法申請行政覆議或者提起行政訴訟。
            """;

    KnowledgeBase ingest() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("示範市政府資料公開辦法.md"), TEXT);
        KnowledgeBase kb = KnowledgeBase.open(temp.resolve("index"), null, Fixtures.CLOCK, RankingWeights.DEFAULT);
        IngestReport report = kb.ingest(new FolderSource(docs));
        assertThat(report.failures()).isEmpty();
        return kb;
    }

    @Test
    void aDocumentInTraditionalCharactersIsChunkedFoundAndCitedLikeAnyOther() throws IOException {
        try (KnowledgeBase kb = ingest()) {
            SearchOptions bm25 = SearchOptions.defaults().withMode(SearchMode.BM25).withLimit(3);
            assertThat(kb.documents()).extracting(e -> e.metadata().title()).containsExactly("示范市政府资料公开办法");
            List<Chunk> chunks = kb.chunksOf(kb.documents().iterator().next().id());
            assertThat(chunks).extracting(Chunk::label).containsExactly("第一条", "第二条", "第三条", "第四条");
            assertThat(chunks.get(2).headings()).containsExactly("第二章 依申请公开");

            for (String question : List.of("收到申请后多少个工作日内答复", "收到申請後多少個工作日內答覆")) {
                Hit hit = kb.search(question, bm25).getFirst();
                assertThat(hit.label()).as(question).isEqualTo("第三条");
                assertThat(hit.citation()).isEqualTo("《示范市政府资料公开办法》第三条");
                // its own wording (资料, not the mainland's 信息), in simplified characters; 覆, a character of
                // simplified texts too, stays as written
                assertThat(hit.text()).contains("收到申请之日起二十个工作日内予以答覆").doesNotContain("個", "請");
            }
            Hit exact = kb.search("《示範市政府資料公開辦法》第四條", bm25).getFirst();
            assertThat(exact.exact()).isTrue();
            assertThat(exact.label()).isEqualTo("第四条");
            assertThat(kb.search("示范市政府资料公开办法第二条", bm25).getFirst().label()).isEqualTo("第二条");
        }
    }

    @Test
    void aDocumentsRegionalWordsAreFoundByTheMainlandsWordsItsWordingKept() throws IOException {
        Path docs = Files.createDirectories(temp.resolve("tw"));
        Files.writeString(docs.resolve("示範縣資訊公開要點.md"), """
                # 示範縣政府資訊公開要點

                第一條　本縣機關應主動公開政府資訊。

                第二條　申請人得以書面或網路提出申請。
                """);
        // a text in simplified characters with the same regional word is indexed as written
        Files.writeString(docs.resolve("简体.md"), "# 示范县资讯服务规定\n\n第一条　资讯服务由县政府提供。\n");
        try (KnowledgeBase kb = KnowledgeBase.open(temp.resolve("tw-index"), null, Fixtures.CLOCK, RankingWeights.DEFAULT)) {
            assertThat(kb.ingest(new FolderSource(docs)).failures()).isEmpty();
            SearchOptions bm25 = SearchOptions.defaults().withMode(SearchMode.BM25).withLimit(5);
            List<Hit> information = kb.search("信息", bm25);
            assertThat(information).extracting(Hit::citation).containsExactly("《示范县政府资讯公开要点》第一条");
            assertThat(information.getFirst().text()).contains("政府资讯").doesNotContain("信息");
            assertThat(kb.search("网络申请", bm25).getFirst().citation()).isEqualTo("《示范县政府资讯公开要点》第二条");
            assertThat(kb.search("资讯", bm25)).extracting(Hit::citation)
                    .contains("《示范县政府资讯公开要点》第一条", "《示范县资讯服务规定》第一条");
        }
        assertThat(TraditionalChinese.mainlandWords("个资与网路、个资，五个工作天")).containsExactlyInAnyOrder("个人信息", "网络", "工作日");
    }

    @Test
    void onlyCharactersChangeInADocumentNotItsWords() {
        // a question's Taiwan and Hong Kong words become the mainland's; a document's stay its own
        assertThat(TraditionalChinese.toSimplified("政府資訊公開")).isEqualTo("政府信息公开");
        assertThat(TraditionalChinese.charactersToSimplified("政府資訊公開")).isEqualTo("政府资讯公开");
        String simplified = "著作权人的资讯";
        assertThat(TraditionalChinese.charactersToSimplified(simplified)).isSameAs(simplified);
    }
}
