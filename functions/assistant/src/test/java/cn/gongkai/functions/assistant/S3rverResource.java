package cn.gongkai.functions.assistant;

import cn.gongkai.knowledge.testing.S3rver;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The assistant as deployed: uploads kept in an S3 bucket (a real s3rver) and the index shared through snapshots in
 * it, each run in a fresh bucket and work folder. Without s3rver (and not required) it configures nothing and the
 * tests using it skip.
 */
public class S3rverResource implements QuarkusTestResourceLifecycleManager {
    static final String BUCKET = "gongkai-knowledge";
    static volatile S3rver server;

    @Override
    public Map<String, String> start() {
        try {
            Optional<Path> executable = S3rver.find();
            if (executable.isEmpty()) {
                return Map.of();
            }
            Path folder = Files.createTempDirectory("gongkai-s3rver");
            server = S3rver.start(executable.get(), folder, BUCKET);
            server.useAsDefault();
            return Map.of(
                    "gongkai.assistant.documents", "s3://" + BUCKET + "/documents",
                    "gongkai.assistant.snapshots", "s3://" + BUCKET + "/index",
                    "gongkai.assistant.s3-endpoint", server.endpoint().toString(),
                    "gongkai.assistant.work-dir", folder.resolve("tmp").toString(),
                    // nothing shipped with the function: the test documents are ingested at start
                    "gongkai.assistant.index", folder.resolve("shipped-index").toString(),
                    "gongkai.assistant.refresh", "0s");
        } catch (Exception e) {
            throw new IllegalStateException("s3rver did not start", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }
}
