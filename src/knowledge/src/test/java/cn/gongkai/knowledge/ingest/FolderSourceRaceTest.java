package cn.gongkai.knowledge.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder read while another writer puts files in place (a temporary file, then a move), as two instances do. */
class FolderSourceRaceTest {

    @TempDir
    Path root;

    @Test
    void aFileThatGoesWhileTheFolderIsReadIsPassedOver() throws Exception {
        Path faq = Files.createDirectories(root.resolve("常见问题/本机关"));
        Files.writeString(faq.resolve("a.md"), "# 问\n\n答\n");
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                try {
                    Path temp = Files.createTempFile(faq, ".upload-", ".tmp");
                    Files.write(temp, ("# 问" + i + "\n\n答\n").getBytes(StandardCharsets.UTF_8));
                    Files.move(temp, faq.resolve("e" + (i++ % 20) + ".md"), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        writer.start();
        try {
            FolderSource source = new FolderSource(root);
            for (int round = 0; round < 2_000; round++) {
                assertThat(source.files()).extracting(SourceFile::relativePath).contains("常见问题/本机关/a.md")
                        .noneMatch(path -> path.contains(".upload-"));
            }
        } finally {
            stop.set(true);
            writer.join();
        }
    }
}
