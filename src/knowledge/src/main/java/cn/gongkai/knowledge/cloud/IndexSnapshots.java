package cn.gongkai.knowledge.cloud;

import cn.gongkai.knowledge.ingest.S3Location;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies of a knowledge-base index in S3, so every instance of a function can open the same index: each snapshot's
 * files under {@code <prefix><version>/}, and one small pointer object, {@code <prefix>CURRENT}, naming the latest
 * version with every file's size and SHA-256. The pointer is written last, so a reader never follows it to half a
 * snapshot, and a download is checked against it before it is used. The three newest snapshots are kept.
 */
public final class IndexSnapshots implements AutoCloseable {

    static final String POINTER = "CURRENT";
    static final String FORMAT = "gongkai-index-snapshot 1";
    static final int KEEP = 3;
    private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final S3Client client;
    private final boolean ownsClient;
    private final S3Location location;

    public IndexSnapshots(S3Client client, S3Location location) {
        this(client, location, false);
    }

    private IndexSnapshots(S3Client client, S3Location location, boolean ownsClient) {
        this.client = client;
        this.location = location;
        this.ownsClient = ownsClient;
    }

    /** {@code s3://bucket/prefix}, through the endpoint of an S3-compatible server if one is given. */
    public static IndexSnapshots of(String location, Optional<URI> endpoint) {
        return new IndexSnapshots(S3Location.client(endpoint), S3Location.parse(location), true);
    }

    public S3Location location() {
        return location;
    }

    /** One file of a snapshot. */
    public record FileEntry(String name, long size, String sha256) {
    }

    /**
     * What the pointer says: the version, the shipped index the snapshot grew from ({@code seed}, so a deployment
     * with a new shipped index can tell), and the files.
     */
    public record Pointer(String version, String seed, List<FileEntry> files) {

        public Pointer {
            files = List.copyOf(files);
        }

        String render() {
            StringBuilder out = new StringBuilder(FORMAT).append('\n');
            out.append("version ").append(version).append('\n').append("seed ").append(seed).append('\n');
            files.forEach(f -> out.append("file ").append(f.sha256()).append(' ').append(f.size()).append(' ')
                    .append(f.name()).append('\n'));
            return out.toString();
        }

        static Pointer parse(String text) throws IOException {
            List<String> lines = text.lines().toList();
            if (lines.isEmpty() || !lines.getFirst().equals(FORMAT)) {
                throw new IOException("not an index snapshot pointer");
            }
            String version = null;
            String seed = "";
            List<FileEntry> files = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(" ", 4);
                switch (parts[0]) {
                    case "version" -> version = parts[1];
                    case "seed" -> seed = parts.length > 1 ? parts[1] : "";
                    case "file" -> {
                        if (parts.length != 4 || !plainName(parts[3])) {
                            throw new IOException("bad file line in the pointer: " + line);
                        }
                        files.add(new FileEntry(parts[3], Long.parseLong(parts[2]), parts[1]));
                    }
                    default -> {
                    }
                }
            }
            if (version == null || !plainName(version) || files.isEmpty()) {
                throw new IOException("incomplete index snapshot pointer");
            }
            return new Pointer(version, seed, files);
        }
    }

    private static boolean plainName(String name) {
        return name.matches("[A-Za-z0-9._-]{1,100}") && !name.startsWith(".");
    }

    /** The latest published snapshot; empty when none was ever published. */
    public Optional<Pointer> latest() throws IOException {
        String key = location.key(POINTER);
        try {
            return Optional.of(Pointer.parse(client.getObjectAsBytes(b -> b.bucket(location.bucket()).key(key)).asUtf8String()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException(location.url(key) + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException(location.url(key) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Uploads the files of the index's last commit as a new version, then points at it; older versions beyond the
     * newest {@value #KEEP} go. The index must not change meanwhile (the caller holds the ingestion back).
     */
    public Pointer publish(Path indexFolder, String seed) throws IOException {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String version = VERSION_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(random);
        List<FileEntry> files = new ArrayList<>();
        for (String name : commitFiles(indexFolder)) {
            Path file = indexFolder.resolve(name);
            files.add(new FileEntry(name, Files.size(file), sha256(file)));
            String key = location.key(version + "/" + name);
            try {
                client.putObject(b -> b.bucket(location.bucket()).key(key), RequestBody.fromFile(file));
            } catch (SdkException e) {
                throw new IOException(location.url(key) + ": " + e.getMessage(), e);
            }
        }
        Pointer pointer = new Pointer(version, seed, files);
        String key = location.key(POINTER);
        try {
            client.putObject(b -> b.bucket(location.bucket()).key(key).contentType("text/plain; charset=utf-8"),
                    RequestBody.fromString(pointer.render(), StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw new IOException(location.url(key) + ": " + e.getMessage(), e);
        }
        prune();
        return pointer;
    }

    /** The files of the index's latest commit (not the lock, nor files a writer left behind). */
    static List<String> commitFiles(Path indexFolder) throws IOException {
        try (Directory directory = FSDirectory.open(indexFolder)) {
            return SegmentInfos.readLatestCommit(directory).files(true).stream().sorted().toList();
        }
    }

    /** An identity of the index in a folder: the SHA-256 of its latest commit's files, names and contents. */
    public static String identity(Path indexFolder) throws IOException {
        MessageDigest digest = digest();
        for (String name : commitFiles(indexFolder)) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(HexFormat.of().parseHex(sha256(indexFolder.resolve(name))));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private void prune() {
        List<String> versions = new ArrayList<>();
        try {
            for (CommonPrefix p : client.listObjectsV2Paginator(b -> b.bucket(location.bucket())
                    .prefix(location.prefix()).delimiter("/")).commonPrefixes()) {
                versions.add(p.prefix());
            }
            versions.sort(Comparator.reverseOrder()); // versions start with their time: newest first
            for (String old : versions.subList(Math.min(KEEP, versions.size()), versions.size())) {
                for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(location.bucket()).prefix(old)).contents()) {
                    client.deleteObject(b -> b.bucket(location.bucket()).key(object.key()));
                }
            }
        } catch (SdkException e) {
            // old snapshots stay until the next publication: nothing depends on them being gone
        }
    }

    /**
     * Downloads the snapshot into {@code target} (which must not exist): into a sibling folder first, every file
     * checked against the pointer's size and SHA-256, then moved into place. On any failure nothing is left behind.
     */
    public void download(Pointer pointer, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new IOException("already there: " + target);
        }
        Path partial = Files.createDirectories(target.resolveSibling(target.getFileName() + ".partial"));
        try {
            for (FileEntry entry : pointer.files()) {
                Path file = partial.resolve(entry.name());
                String key = location.key(pointer.version() + "/" + entry.name());
                MessageDigest digest = digest();
                try (InputStream in = new DigestInputStream(client.getObject(b -> b.bucket(location.bucket()).key(key)), digest)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                } catch (SdkException e) {
                    throw new IOException(location.url(key) + ": " + e.getMessage(), e);
                }
                String sha = HexFormat.of().formatHex(digest.digest());
                if (Files.size(file) != entry.size() || !sha.equals(entry.sha256())) {
                    throw new IOException(location.url(key) + ": not the file the pointer names (size or SHA-256 differ)");
                }
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(partial);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
