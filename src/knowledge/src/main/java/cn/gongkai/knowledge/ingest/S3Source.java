package cn.gongkai.knowledge.ingest;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents under an S3 prefix (deployed: the knowledge-base bucket), read like a folder: keys below the prefix
 * are the relative paths, "folders" and hidden parts skipped, sidecars ({@code NAME.meta.yaml}) found beside their
 * documents. Each object is fetched once per ingestion (the fingerprint and the text share the bytes). The AWS SDK
 * is used only by the S3 classes (this, {@link S3DocumentStore}, {@link S3Location}, the cloud index snapshots): a
 * local folder never loads it.
 */
public final class S3Source implements DocumentSource, AutoCloseable {

    private final S3Client client;
    private final boolean ownsClient;
    private final String bucket;
    private final String prefix;

    /** {@code prefix} "" for the whole bucket, else a key prefix such as {@code policies/} (a trailing / is added). */
    public S3Source(S3Client client, String bucket, String prefix) {
        this(client, new S3Location(bucket, prefix), false);
    }

    S3Source(S3Client client, S3Location location, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.bucket = location.bucket();
        this.prefix = location.prefix();
    }

    /**
     * {@code s3://bucket/prefix} with the SDK's default region, credentials and endpoint (so {@code AWS_REGION},
     * the Lambda role, and {@code AWS_ENDPOINT_URL_S3} for an S3-compatible server apply).
     */
    public static S3Source of(String location) {
        S3Location parsed = S3Location.parse(location);
        return new S3Source(S3Location.client(Optional.empty()), parsed, true);
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    @Override
    public String id() {
        return S3_SCHEME + bucket + "/" + prefix;
    }

    @Override
    public List<SourceFile> files() throws IOException {
        return filesUnder(prefix);
    }

    /** The documents whose keys start with {@code keyPrefix} (the source's prefix or a longer one), as in {@link #files()}. */
    List<SourceFile> filesUnder(String keyPrefix) throws IOException {
        List<String> keys = new ArrayList<>();
        try {
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(keyPrefix).build();
            for (S3Object object : client.listObjectsV2Paginator(request).contents()) {
                keys.add(object.key());
            }
        } catch (SdkException e) {
            throw new IOException(id() + ": " + e.getMessage(), e);
        }
        Map<String, String> byRelative = new HashMap<>();
        for (String key : keys) {
            byRelative.put(key.substring(prefix.length()), key);
        }
        List<SourceFile> files = new ArrayList<>();
        for (String relative : byRelative.keySet().stream().sorted().toList()) {
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            if (name.isEmpty() || SourceFile.isHidden(relative) || SourceFile.isSidecar(name) || TextExtractor.forFile(name).isEmpty()) {
                continue;
            }
            Optional<String> sidecar = SourceFile.sidecarPaths(relative).stream()
                    .filter(byRelative::containsKey).findFirst().map(byRelative::get);
            files.add(new SourceFile(relative, new Fetched(byRelative.get(relative)), sidecar.map(Fetched::new)));
        }
        return files;
    }

    /** An object's bytes, fetched when first read and kept while memory allows. */
    private final class Fetched implements SourceFile.Content {
        private final String key;
        private SoftReference<byte[]> bytes = new SoftReference<>(null);

        Fetched(String key) {
            this.key = key;
        }

        @Override
        public synchronized byte[] read() throws IOException {
            byte[] cached = bytes.get();
            if (cached != null) {
                return cached;
            }
            try {
                ResponseBytes<GetObjectResponse> object = client.getObjectAsBytes(
                        GetObjectRequest.builder().bucket(bucket).key(key).build());
                byte[] read = object.asByteArray();
                bytes = new SoftReference<>(read);
                return read;
            } catch (SdkException e) {
                throw new IOException(S3_SCHEME + bucket + "/" + key + ": " + e.getMessage(), e);
            }
        }
    }
}
