package cn.gongkai.cli;

import cn.gongkai.knowledge.IngestProgress.Stage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress lines: each stage's start and end, and in between at most one line a second. */
class ProgressLinesTest {

    @Test
    void printsEachStagesStartAndEndAndAtMostOneLineASecondBetween() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressLines lines = new ProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);
        lines.advanced(Stage.READ, 0, 2);
        lines.advanced(Stage.READ, 1, 2); // within the second: not printed
        lines.advanced(Stage.READ, 2, 2);
        for (int done = 0; done <= 6000; done += 256) {
            lines.advanced(Stage.EMBED, done, 6000);
            now.addAndGet(400_000_000L); // 0.4 s a batch
        }
        lines.advanced(Stage.EMBED, 6000, 6000);
        lines.advanced(Stage.WRITE, 0, 0); // nothing to write: nothing printed
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("读取文件 0/2 (0%)\n读取文件 2/2 (100%)\n计算向量 0/6000 (0%)\n");
        assertThat(out).doesNotContain("读取文件 1/2").contains("计算向量 768/6000 (12%)").endsWith("计算向量 6000/6000 (100%)\n");
        // 24 batches over 9.6 s: the start, one line about every 1.2 s, the end
        assertThat(out.lines().filter(l -> l.startsWith("计算向量")).count()).isBetween(8L, 11L);
    }
}
