package cn.gongkai.knowledge.testing;

import cn.gongkai.knowledge.ingest.S3Location;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For tests: a real S3-compatible server, s3rver (npm {@code s3rver@3.7.1}), started on a free port with data in a
 * folder of the test's and the given buckets. It is found through {@code S3RVER} (the executable) or on the PATH;
 * {@link #find()} tells a test to skip without it, or fails where it is required ({@code GONGKAI_REQUIRE_S3RVER=1}, CI).
 */
public final class S3rver implements AutoCloseable {
    /** s3rver accepts any signature made with these. */
    public static final String ACCESS_KEY = "S3RVER";

    private final Process process;
    private final URI endpoint;

    private S3rver(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static Optional<Path> executable() {
        String explicit = System.getenv("S3RVER");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "s3rver")).filter(Files::isExecutable).findFirst();
    }

    /** The executable; empty when there is none, unless one is required here ({@code GONGKAI_REQUIRE_S3RVER=1}). */
    public static Optional<Path> find() {
        Optional<Path> found = executable();
        if (found.isEmpty() && "1".equals(System.getenv("GONGKAI_REQUIRE_S3RVER"))) {
            throw new IllegalStateException("s3rver is required here (npm install -g s3rver@3.7.1, or S3RVER=path)");
        }
        return found;
    }

    /** Starts it (within 30 s) with {@code buckets} made, data and log under {@code folder}. */
    public static S3rver start(Path executable, Path folder, String... buckets) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createDirectories(folder.resolve("s3"));
        Path log = folder.resolve("s3rver.log");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-d",
                data.toString(), "-a", "127.0.0.1", "-p", Integer.toString(port), "-s"));
        for (String bucket : buckets) {
            command.add("--configure-bucket");
            command.add(bucket);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!listening(port)) {
            if (!process.isAlive()) {
                throw new IOException("s3rver exited: " + Files.readString(log));
            }
            if (System.nanoTime() > deadline) {
                process.destroy();
                throw new IOException("s3rver did not start within 30 s");
            }
            Thread.sleep(100);
        }
        S3rver server = new S3rver(process, URI.create("http://127.0.0.1:" + port));
        try (S3Client client = server.client()) {
            for (String bucket : buckets) {
                client.listObjectsV2(b -> b.bucket(bucket)); // s3rver lists a bucket made at start once it has answered
            }
        }
        return server;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /**
     * Sets the SDK's default region and credentials as system properties (what a Lambda's environment gives), so
     * clients made by the code under test, {@link S3Location#client}, reach this server.
     */
    public void useAsDefault() {
        System.setProperty("aws.region", "us-east-1");
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", ACCESS_KEY);
    }

    /** A client of this server (region and credentials set here, not taken from the environment). */
    public S3Client client() {
        return S3Location.builder(Optional.of(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, ACCESS_KEY)))
                .build();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
