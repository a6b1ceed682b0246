package cn.gongkai.knowledge.ingest;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Uploaded documents under an S3 prefix (deployed: {@code documents/} of the knowledge-base bucket), the cloud's
 * {@link FolderStore}: each document an object with its metadata in the object {@code NAME.meta.yaml} beside it
 * (the sidecar written first, so a document is never seen without the metadata it was uploaded with). Parts of large
 * uploads wait under the hidden {@code .uploads/<id>/} prefix, which ingestion skips (and the bucket's lifecycle
 * rule expires after a day if the upload is never saved). Reading is {@link S3Source}'s.
 */
public final class S3DocumentStore implements DocumentStore, AutoCloseable {

    static final String UPLOADS = ".uploads/";
    private final S3Client client;
    private final S3Location location;
    private final S3Source source;

    public S3DocumentStore(S3Client client, S3Location location) {
        this(client, location, false);
    }

    private S3DocumentStore(S3Client client, S3Location location, boolean ownsClient) {
        this.client = client;
        this.location = location;
        this.source = new S3Source(client, location, ownsClient); // closing the source closes a client it owns
    }

    /** {@code s3://bucket/prefix}, through the endpoint of an S3-compatible server if one is given. */
    public static S3DocumentStore of(String location, Optional<URI> endpoint) {
        return new S3DocumentStore(S3Location.client(endpoint), S3Location.parse(location), true);
    }

    @Override
    public DocumentSource reader() {
        return source;
    }

    private String key(String relativePath) {
        return location.key(DocumentStore.checkedPath(relativePath));
    }

    @Override
    public synchronized SourceFile put(String relativePath, byte[] content, Map<String, String> metadata) throws IOException {
        String key = key(relativePath);
        byte[] sidecar = FolderStore.sidecarText(metadata).getBytes(StandardCharsets.UTF_8);
        write(key + SourceFile.SIDECAR_SUFFIXES.getFirst(), sidecar);
        write(key, content);
        return new SourceFile(relativePath, () -> content, Optional.of(() -> sidecar));
    }

    private void write(String key, byte[] bytes) throws IOException {
        try {
            client.putObject(b -> b.bucket(location.bucket()).key(key), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new IOException(location.url(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean remove(String relativePath) throws IOException {
        String key = key(relativePath);
        boolean existed = exists(key);
        List<String> keys = new ArrayList<>(List.of(key));
        SourceFile.SIDECAR_SUFFIXES.forEach(suffix -> keys.add(key + suffix));
        delete(keys);
        return existed;
    }

    private boolean exists(String key) throws IOException {
        try {
            client.headObject(b -> b.bucket(location.bucket()).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException(location.url(key) + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException(location.url(key) + ": " + e.getMessage(), e);
        }
    }

    private void delete(List<String> keys) throws IOException {
        for (String key : keys) {
            try {
                client.deleteObject(b -> b.bucket(location.bucket()).key(key));
            } catch (SdkException e) {
                throw new IOException(location.url(key) + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<SourceFile> file(String relativePath) throws IOException {
        key(relativePath);
        int dot = relativePath.lastIndexOf('.');
        String stem = dot > relativePath.lastIndexOf('/') ? relativePath.substring(0, dot) : relativePath;
        // one listing finds the document and every sidecar it may have (NAME.md.meta.yaml, NAME.meta.yaml)
        return source.filesUnder(location.key(stem)).stream().filter(f -> f.relativePath().equals(relativePath)).findFirst();
    }

    private String uploads(String uploadId) {
        if (!DocumentStore.validUploadId(uploadId)) {
            throw new IllegalArgumentException("not an upload id: " + uploadId);
        }
        return location.key(UPLOADS + uploadId + "/");
    }

    @Override
    public void stagePart(String uploadId, int part, byte[] bytes) throws IOException {
        String name = DocumentStore.partName(part);
        write(uploads(uploadId) + name, bytes);
    }

    @Override
    public Optional<byte[]> takeStaged(String uploadId) throws IOException {
        String folder = uploads(uploadId);
        List<String> keys = new ArrayList<>();
        try {
            for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(location.bucket()).prefix(folder)).contents()) {
                keys.add(object.key());
            }
        } catch (SdkException e) {
            throw new IOException(location.url(folder) + ": " + e.getMessage(), e);
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String key : keys.stream().filter(k -> k.substring(folder.length()).matches("\\d{4}")).sorted().toList()) {
            try {
                out.write(client.getObjectAsBytes(b -> b.bucket(location.bucket()).key(key)).asByteArray());
            } catch (SdkException e) {
                throw new IOException(location.url(key) + ": " + e.getMessage(), e);
            }
        }
        delete(keys);
        return Optional.of(out.toByteArray());
    }

    @Override
    public void close() {
        source.close();
    }
}
