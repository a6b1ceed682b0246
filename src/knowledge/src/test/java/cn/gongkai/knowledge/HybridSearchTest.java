package cn.gongkai.knowledge;

import cn.gongkai.knowledge.eval.EvalQuestion;
import cn.gongkai.knowledge.eval.CoordinateAscent;
import cn.gongkai.knowledge.eval.Evaluation;
import cn.gongkai.knowledge.eval.RerankTraining;
import cn.gongkai.knowledge.ingest.FolderSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With the real in-process bge-small-zh model: dense vectors in the index, dense and hybrid search. */
class HybridSearchTest {

    @TempDir
    static Path temp;
    static BgeEmbedder embedder;
    static KnowledgeBase kb;
    static IngestReport report;
    static final List<String> progress = new java.util.ArrayList<>();

    @BeforeAll
    static void ingest() throws IOException {
        embedder = new BgeEmbedder(2, false);
        kb = KnowledgeBase.open(temp.resolve("index"), embedder, Fixtures.CLOCK, RankingWeights.DEFAULT);
        report = kb.ingest(new FolderSource(Fixtures.copyOfKnowledgeBase(temp.resolve("docs"))),
                (stage, done, total) -> progress.add(stage + " " + done + "/" + total));
    }

    @Test
    void anIngestionTellsHowFarItHasComeInEachStage() {
        int files = report.added() + report.failures().size();
        assertThat(progress).startsWith("READ 0/" + files).contains("READ " + files + "/" + files,
                "EMBED 0/" + report.embedded(), "EMBED " + report.embedded() + "/" + report.embedded(),
                "WRITE " + report.added() + "/" + report.added());
        assertThat(report.embedded()).isPositive();
        // in order: every file read before the model starts, every passage embedded before the index is written
        assertThat(progress.indexOf("READ " + files + "/" + files)).isLessThan(progress.indexOf("EMBED 0/" + report.embedded()));
        assertThat(progress.indexOf("EMBED " + report.embedded() + "/" + report.embedded())).isLessThan(progress.indexOf("WRITE 0/" + report.added()));
    }

    @AfterAll
    static void close() throws IOException {
        kb.close();
        embedder.close();
    }

    @Test
    void theModelPlacesAQuestionNearItsArticle() {
        float[] question = embedder.embedQuery("申请信息公开要不要交钱");
        List<float[]> passages = embedder.embedPassages(List.of("行政机关依申请提供信息，不收取费用。", "信访事项应当自受理之日起六十日内办结。"));
        assertThat(question).hasSize(512);
        assertThat(dot(question, passages.get(0))).isGreaterThan(dot(question, passages.get(1)));
        assertThat(dot(question, question)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    @Test
    void denseSearchFindsAnArticleSharingNoWordWithTheQuestion() {
        assertThat(kb.hasVectors()).isTrue();
        String question = "办理信访得花多长时间";
        List<Hit> dense = kb.search(question, SearchOptions.defaults().withMode(SearchMode.DENSE).withLimit(3));
        assertThat(dense).extracting(h -> h.source() + " " + h.label()).contains("行政法规/示范信访工作规定(2022-02-25).md 第二条");
        List<Hit> hybrid = kb.search(question, SearchOptions.defaults().withLimit(3));
        assertThat(hybrid).extracting(h -> h.source() + " " + h.label()).contains("行政法规/示范信访工作规定(2022-02-25).md 第二条");
        assertThat(hybrid).allMatch(h -> h.validity().current());
    }

    @Test
    void everyModeAnswersOurQuestions() throws IOException {
        List<EvalQuestion> questions = EvalQuestion.read(Fixtures.resource("eval-fixture.jsonl"));
        for (SearchMode mode : SearchMode.values()) {
            Evaluation.Report report = Evaluation.run(kb, questions, SearchOptions.defaults().withMode(mode));
            assertThat(report.hitAt()[3]).as(mode.name()).isGreaterThanOrEqualTo(0.8);
        }
        assertThat(Evaluation.run(kb, questions, SearchOptions.defaults()).hitAt()[3]).isEqualTo(1.0);
    }

    @Test
    void theRerankerLearnsFromTheFusedListsOfOurQuestions() throws IOException {
        List<EvalQuestion> questions = EvalQuestion.read(Fixtures.resource("eval-fixture.jsonl"));
        List<CoordinateAscent.Query> queries = RerankTraining.queries(kb, questions, 20);
        assertThat(queries).hasSize(questions.size());
        for (CoordinateAscent.Query q : queries) {
            assertThat(q.features().length).isBetween(1, 20);
            assertThat(q.features()[0]).hasSize(RerankFeatures.NAMES.size());
        }
        // the right article is among every question's candidates (the fixture's hybrid hit@10 is 1)
        assertThat(queries).allSatisfy(q -> assertThat(q.relevant()).contains(true));
        RerankTraining.Result result = new RerankTraining(new CoordinateAscent(5, 0.5),
                Reranker.featureMask(Reranker.STANDARD_FEATURES)).train(queries, 20);
        assertThat(result.trainedAll().mrr10()).isGreaterThanOrEqualTo(result.fusionAll().mrr10());
        assertThat(Reranker.parse(result.reranker().format("fixture")).depth()).isEqualTo(20);
    }

    @Test
    void aChangedFileReEmbedsOnlyItsChangedChunks() throws IOException {
        Path docs = Fixtures.copyOfKnowledgeBase(temp.resolve("docs-changed"));
        try (KnowledgeBase own = KnowledgeBase.open(temp.resolve("index-changed"), embedder, Fixtures.CLOCK, RankingWeights.DEFAULT)) {
            IngestReport first = own.ingest(new FolderSource(docs));
            assertThat(first.embedded()).isEqualTo(first.chunks());
            Path rules = docs.resolve("行政法规/示范信访工作规定(2022-02-25).md");
            java.nio.file.Files.writeString(rules, java.nio.file.Files.readString(rules).replace("六十日内办结", "九十日内办结"));
            IngestReport second = own.ingest(new FolderSource(docs));
            assertThat(second.updated()).isEqualTo(1);
            assertThat(second.chunks()).isEqualTo(3);
            assertThat(second.embedded()).isEqualTo(1);
            Hit hit = own.search("信访事项要在多少天里办完", SearchOptions.defaults().withMode(SearchMode.DENSE).withLimit(3)).stream()
                    .filter(h -> h.label().equals("第二条") && h.source().startsWith("行政法规/示范信访工作规定")).findFirst().orElseThrow();
            assertThat(hit.text()).contains("九十日内办结");
            // the unchanged articles still have their vectors: dense search reaches them
            assertThat(own.search("做好新时代信访工作", SearchOptions.defaults().withMode(SearchMode.DENSE).withLimit(3)))
                    .anyMatch(h -> h.label().equals("第一条") && h.source().startsWith("行政法规/示范信访工作规定"));
        }
    }

    @Test
    void aMovedFileKeepsItsVectors() throws IOException {
        Path docs = Fixtures.copyOfKnowledgeBase(temp.resolve("docs-moved"));
        try (KnowledgeBase own = KnowledgeBase.open(temp.resolve("index-moved"), embedder, Fixtures.CLOCK, RankingWeights.DEFAULT)) {
            own.ingest(new FolderSource(docs));
            java.nio.file.Files.createDirectories(docs.resolve("归档"));
            java.nio.file.Files.move(docs.resolve("示范市电子证照办法.md"), docs.resolve("归档/示范市电子证照办法.md"));
            IngestReport again = own.ingest(new FolderSource(docs));
            assertThat(again.added()).isEqualTo(1);
            assertThat(again.removed()).isEqualTo(1);
            assertThat(again.embedded()).isZero(); // its passages are in the index already
            assertThat(own.search("电子证照的效力", SearchOptions.defaults().withMode(SearchMode.DENSE).withHistory(SearchOptions.History.ALL).withLimit(3)))
                    .anyMatch(h -> h.source().equals("归档/示范市电子证照办法.md"));
        }
    }
}
