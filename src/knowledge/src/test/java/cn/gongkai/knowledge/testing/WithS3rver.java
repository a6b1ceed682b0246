package cn.gongkai.knowledge.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The S3 tests' server: a real s3rver with the bucket {@value #BUCKET}, started for each test class and stopped after
 * it ({@link S3rver}: skipped without s3rver, unless {@code GONGKAI_REQUIRE_S3RVER=1}).
 */
public abstract class WithS3rver {
    public static final String BUCKET = "gongkai-kb";

    @TempDir
    protected static Path temp;
    protected static S3rver server;
    protected static S3Client s3;

    @BeforeAll
    static void startServer() throws Exception {
        Optional<Path> executable = S3rver.find();
        assumeTrue(executable.isPresent(), "s3rver not installed: S3 not tested");
        server = S3rver.start(executable.get(), temp, BUCKET);
        s3 = server.client();
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (s3 != null) {
            s3.close();
            s3 = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
