package cn.gongkai.knowledge.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Uploaded documents in a local folder (the local run's {@code documents} beside the index): each file with its
 * metadata in {@code NAME.meta.yaml}, written to a temporary file first and moved into place. Parts of large uploads
 * wait in the hidden {@code .uploads} folder, which ingestion skips.
 */
public final class FolderStore implements DocumentStore {

    private final Path root;
    private final FolderSource source;

    public FolderStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        this.source = new FolderSource(this.root);
    }

    public Path root() {
        return root;
    }

    @Override
    public DocumentSource reader() {
        return source;
    }

    private Path resolve(String relativePath) {
        Path path = root.resolve(DocumentStore.checkedPath(relativePath)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("outside the store: " + relativePath);
        }
        return path;
    }

    private static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + SourceFile.SIDECAR_SUFFIXES.getFirst());
    }

    @Override
    public synchronized SourceFile put(String relativePath, byte[] content, Map<String, String> metadata) throws IOException {
        Path file = resolve(relativePath);
        Files.createDirectories(file.getParent());
        write(sidecar(file), sidecarText(metadata).getBytes(StandardCharsets.UTF_8));
        write(file, content);
        return file(relativePath).orElseThrow();
    }

    /** One {@code key: "value"} line per value; lists (values holding {@link SimpleYaml#LIST_SEPARATOR}) as items. */
    static String sidecarText(Map<String, String> metadata) {
        StringBuilder out = new StringBuilder("# written by Gongkai when the document was uploaded\n");
        metadata.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            List<String> items = SimpleYaml.list(value);
            if (value.contains(SimpleYaml.LIST_SEPARATOR)) {
                out.append(key).append(":\n");
                items.forEach(item -> out.append("  - ").append(quoted(item)).append('\n'));
            } else {
                out.append(key).append(": ").append(quoted(value)).append('\n');
            }
        });
        return out.toString();
    }

    private static String quoted(String value) {
        return "\"" + value.replaceAll("[\\r\\n\"]+", " ").strip() + "\"";
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public synchronized boolean remove(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        boolean removed = Files.deleteIfExists(file);
        for (String suffix : SourceFile.SIDECAR_SUFFIXES) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        return removed;
    }

    @Override
    public Optional<SourceFile> file(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Path sidecar = sidecar(file);
        return Optional.of(new SourceFile(relativePath, () -> Files.readAllBytes(file),
                Files.isRegularFile(sidecar) ? Optional.of(() -> Files.readAllBytes(sidecar)) : Optional.empty()));
    }

    private Path uploads(String uploadId) {
        if (!DocumentStore.validUploadId(uploadId)) {
            throw new IllegalArgumentException("not an upload id: " + uploadId);
        }
        return root.resolve(".uploads").resolve(uploadId);
    }

    @Override
    public void stagePart(String uploadId, int part, byte[] bytes) throws IOException {
        String name = DocumentStore.partName(part);
        Path folder = Files.createDirectories(uploads(uploadId));
        write(folder.resolve(name), bytes);
    }

    @Override
    public Optional<byte[]> takeStaged(String uploadId) throws IOException {
        Path folder = uploads(uploadId);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Path> parts = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(p -> p.getFileName().toString().matches("\\d{4}")).sorted(Comparator.naturalOrder()).forEach(parts::add);
        }
        for (Path part : parts) {
            out.write(Files.readAllBytes(part));
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
        return Optional.of(out.toByteArray());
    }
}
