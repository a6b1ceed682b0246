package cn.gongkai.cli;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ./gongkai kb and ask through GongkaiMain, several Quarkus starts in one JVM, most loading the in-process embedding model. */
@QuarkusMainTest
@TestProfile(OneShotCommandTest.UnreachableDatabase.class)
class KbCommandTest {

    @TempDir
    Path index;

    @TempDir
    Path scratch;

    @Test
    void ingestSearchAndEvaluateTheSample(QuarkusMainLauncher launcher) throws URISyntaxException {
        LaunchResult ingest = launcher.launch("kb", "ingest", "--sample", "--index", index.toString());
        assertThat(ingest.exitCode()).as(ingest.getErrorOutput()).isZero();
        assertThat(ingest.getOutput()).contains("3 added").contains("MB on disk");
        assertThat(ingest.getErrorOutput()).contains("读取文件 3/3 (100%)").contains("写入索引 3/3 (100%)");

        LaunchResult list = launcher.launch("kb", "list", "--index", index.toString());
        assertThat(list.exitCode()).as(list.getErrorOutput()).isZero();
        assertThat(list.getOutput()).contains("现行有效  公开指南  《政府信息公开指南》", "政府信息公开指南.md", "3 documents (3 in the index");
        LaunchResult repealed = launcher.launch("kb", "list", "--validity", "已废止", "--index", index.toString());
        assertThat(repealed.getOutput()).contains("0 documents (3 in the index");
        assertThat(launcher.launch("kb", "list", "--validity", "作废", "--index", index.toString()).exitCode()).isEqualTo(2);

        LaunchResult search = launcher.launch("kb", "search", "提交申请以后最晚多久答复我", "--index", index.toString(), "-k", "3");
        assertThat(search.exitCode()).as(search.getErrorOutput()).isZero();
        assertThat(search.getOutput()).contains("1. 《").contains("20个工作日");

        // ask answers as serve's assistant does (hybrid retrieval): the time limit (the article or the guide's section on
        // it), not the guide's overview, first
        LaunchResult ask = launcher.launch("ask", "他们最晚多久要答复我？", "--index", index.toString(), "--json");
        assertThat(ask.exitCode()).as(ask.getErrorOutput()).isZero();
        String answer = ask.getOutput();
        assertThat(answer).contains("\"refused\" : false");
        assertThat(answer.substring(answer.indexOf("\"article\" : "))).matches("(?s)\"article\" : \"(第三十三条|六、多久答复)\".*");
        LaunchResult keywordsOnly = launcher.launch("ask", "申请信息公开要钱吗", "--index", index.toString(), "--bm25");
        assertThat(keywordsOnly.exitCode()).as(keywordsOnly.getErrorOutput()).isZero();
        assertThat(keywordsOnly.getOutput()).contains("申请政府信息公开要花钱吗？");

        Path questions = Path.of(KbCommandTest.class.getResource("/kb-sample-questions.jsonl").toURI());
        LaunchResult eval = launcher.launch("kb", "eval", questions.toString(), "--index", index.toString(), "--mode", "all", "--verbose");
        assertThat(eval.exitCode()).as(eval.getErrorOutput()).isZero();
        assertThat(eval.getOutput()).contains("mode bm25, 2 questions").contains("mode dense").contains("mode hybrid")
                .contains("hit@10 1.000").contains("MRR@10");
        LaunchResult bm25Weighted = launcher.launch("kb", "eval", questions.toString(), "--index", index.toString(),
                "--weights", "dense=0,depth=20");
        assertThat(bm25Weighted.exitCode()).as(bm25Weighted.getErrorOutput()).isZero();
        assertThat(bm25Weighted.getOutput()).contains("mode hybrid, 2 questions");
        LaunchResult unknownWeight = launcher.launch("kb", "eval", questions.toString(), "--index", index.toString(),
                "--weights", "colour=1");
        assertThat(unknownWeight.exitCode()).isEqualTo(2);
        assertThat(unknownWeight.getErrorOutput()).contains("colour");

        Path weights = scratch.resolve("reranker.txt");
        LaunchResult train = launcher.launch("kb", "train", questions.toString(), "--index", index.toString(),
                "--out", weights.toString());
        assertThat(train.exitCode()).as(train.getErrorOutput()).isZero();
        assertThat(train.getOutput()).contains("odd lines", "even lines", "held out", "depth = 20", "fused = ");
        assertThat(weights).content().contains("# learnt by ./gongkai kb train", "bigram_cover = ");
        LaunchResult unknownFeature = launcher.launch("kb", "train", questions.toString(), "--index", index.toString(),
                "--features", "fused,colour");
        assertThat(unknownFeature.exitCode()).isEqualTo(2);
        assertThat(unknownFeature.getErrorOutput()).contains("colour");

        LaunchResult bad = launcher.launch("kb", "ingest", "--index", index.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        LaunchResult noBucket = launcher.launch("kb", "ingest", "s3://", "--index", index.toString());
        assertThat(noBucket.exitCode()).isEqualTo(2);
        assertThat(noBucket.getErrorOutput()).contains("no bucket");

        // reading commands on a folder that holds no index say so and create nothing there
        Path nowhere = index.resolveSibling("no-index-here");
        for (String[] read : List.of(new String[]{"search", "申请要收费吗"}, new String[]{"eval", questions.toString()},
                new String[]{"train", questions.toString()})) {
            LaunchResult none = launcher.launch("kb", read[0], read[1], "--index", nowhere.toString());
            assertThat(none.exitCode()).as(read[0]).isEqualTo(1);
            assertThat(none.getErrorOutput()).as(read[0]).contains("知识库索引不存在");
            assertThat(nowhere).as(read[0]).doesNotExist();
        }
        LaunchResult noList = launcher.launch("kb", "list", "--index", nowhere.toString());
        assertThat(noList.exitCode()).isEqualTo(1);
        assertThat(nowhere).doesNotExist();
    }
}
