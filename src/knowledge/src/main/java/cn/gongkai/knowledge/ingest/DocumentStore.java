package cn.gongkai.knowledge.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A source the office writes to: uploaded documents kept durably with their metadata as a sidecar, so the index can
 * always be rebuilt from it. Locally a folder ({@link FolderStore}); deployed, an S3 prefix behind the same methods.
 */
public interface DocumentStore extends DocumentSource {

    /** The store's documents read as any source is read. */
    DocumentSource reader();

    @Override
    default String id() {
        return reader().id();
    }

    @Override
    default List<SourceFile> files() throws IOException {
        return reader().files();
    }

    /**
     * Stores (or replaces) the document at {@code relativePath} with its metadata (sidecar keys as
     * {@link MetadataReader} reads them: title, number, issuer, validity, published, effective, supersedes,
     * interprets, kind), and returns it as the knowledge base ingests it.
     */
    SourceFile put(String relativePath, byte[] content, Map<String, String> metadata) throws IOException;

    /** Removes the document and its sidecar; false when there was none. */
    boolean remove(String relativePath) throws IOException;

    /** The stored document, if any. */
    Optional<SourceFile> file(String relativePath) throws IOException;

    /** Keeps one part of an upload too large for one request ({@code part} counts from 0). */
    void stagePart(String uploadId, int part, byte[] bytes) throws IOException;

    /** The parts of an upload joined in order, then forgotten; empty when none was staged under that id. */
    Optional<byte[]> takeStaged(String uploadId) throws IOException;

    /** An upload's id: 8 to 64 letters, digits and hyphens (so it is one plain name wherever parts are kept). */
    static boolean validUploadId(String uploadId) {
        return uploadId != null && uploadId.matches("[A-Za-z0-9-]{8,64}");
    }

    /** The name a staged part is kept under: its number in four digits, so names sort as the parts go. */
    static String partName(int part) {
        if (part < 0 || part > 9999) {
            throw new IllegalArgumentException("part out of range: " + part);
        }
        return String.format("%04d", part);
    }

    /** The path, if {@link #validPath valid}; else an IllegalArgumentException. */
    static String checkedPath(String relativePath) {
        if (!validPath(relativePath)) {
            throw new IllegalArgumentException("not a document path: " + relativePath);
        }
        return relativePath;
    }

    /** A path is one or more plain names joined by {@code /}: no empty, hidden, {@code ..} or sidecar names. */
    static boolean validPath(String relativePath) {
        if (relativePath == null || relativePath.isBlank() || relativePath.length() > 200) {
            return false;
        }
        for (String part : relativePath.split("/", -1)) {
            if (part.isBlank() || part.startsWith(".") || !part.equals(part.strip())
                    || part.chars().anyMatch(c -> c < 0x20 || "\\:*?\"<>|".indexOf(c) >= 0)) {
                return false;
            }
        }
        return !SourceFile.isSidecar(relativePath) && TextExtractor.forFile(relativePath).isPresent();
    }
}
