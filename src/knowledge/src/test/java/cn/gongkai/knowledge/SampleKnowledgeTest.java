package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample knowledge base on the class path: it ingests, and it answers the questions citizens ask most. */
class SampleKnowledgeTest {

    @TempDir
    Path temp;

    @Test
    void theSampleAnswersEverydayQuestions() throws IOException {
        try (KnowledgeBase kb = KnowledgeBase.open(temp, null)) {
            IngestReport report = kb.ingest(KnowledgeBase.sample());
            assertThat(report.failures()).isEmpty();
            assertThat(report.added()).isEqualTo(3);
            assertThat(kb.documents()).extracting(e -> e.metadata().kind())
                    .containsExactlyInAnyOrder(DocumentKind.GUIDE, DocumentKind.FAQ, DocumentKind.SUMMARY);
            SearchOptions bm25 = SearchOptions.defaults().withMode(SearchMode.BM25).withLimit(3);

            List<Hit> cost = kb.search("申请政府信息公开要交钱吗", bm25);
            assertThat(cost).anyMatch(hit -> hit.text().contains("信息处理费"));
            List<Hit> time = kb.search("提交申请后最晚多久答复", bm25);
            assertThat(time).anyMatch(hit -> hit.text().contains("20个工作日"));
            List<Hit> remedy = kb.search("对答复不满意可以申请行政复议吗", bm25);
            assertThat(remedy).anyMatch(hit -> hit.text().contains("行政复议"));

            // the regulation itself is not in the sample: its article numbers lead to the summary of that article
            Hit exact = kb.search("政府信息公开条例第三十三条讲的是什么", bm25).getFirst();
            assertThat(exact.exact()).isTrue();
            assertThat(exact.documentTitle()).isEqualTo("政府信息公开条例要点");
            assertThat(exact.label()).isEqualTo("第三十三条");
            assertThat(exact.text()).contains("20个工作日");
            // named by its kind alone: the sample knows one 条例
            Hit byKind = kb.search("条例第四十二条说了什么", bm25).getFirst();
            assertThat(byKind.exact()).isTrue();
            assertThat(byKind.label()).isEqualTo("第四十二条");
            assertThat(byKind.text()).contains("收费");

            // ingesting again changes nothing
            assertThat(kb.ingest(KnowledgeBase.sample()).unchanged()).isEqualTo(3);
        }
    }
}
