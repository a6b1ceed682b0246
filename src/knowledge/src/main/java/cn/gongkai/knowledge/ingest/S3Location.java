package cn.gongkai.knowledge.ingest;

import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

import java.net.URI;
import java.util.Optional;

/**
 * A place in S3 written {@code s3://bucket/prefix}: the bucket and a key prefix ending in {@code /} (or "" for the
 * whole bucket). Also makes the clients the knowledge base uses (the JDK's URL-connection client, no Netty or Apache).
 */
public record S3Location(String bucket, String prefix) {

    public S3Location {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("no bucket");
        }
        String p = prefix == null ? "" : prefix.replaceAll("^/+", "");
        prefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    public static S3Location parse(String location) {
        if (location == null || !location.startsWith(DocumentSource.S3_SCHEME)) {
            throw new IllegalArgumentException("not an s3://bucket/prefix location: " + location);
        }
        String rest = location.substring(DocumentSource.S3_SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("no bucket in " + location);
        }
        return new S3Location(bucket, slash < 0 ? "" : rest.substring(slash + 1));
    }

    /** The key of {@code relative} below the prefix. */
    public String key(String relative) {
        return prefix + relative;
    }

    /** {@code s3://bucket/key}, for messages. */
    public String url(String key) {
        return DocumentSource.S3_SCHEME + bucket + "/" + key;
    }

    @Override
    public String toString() {
        return DocumentSource.S3_SCHEME + bucket + "/" + prefix;
    }

    /**
     * A client with the SDK's default region and credentials (AWS_REGION, the Lambda role). Without an endpoint, the
     * SDK's own (AWS, or {@code AWS_ENDPOINT_URL_S3}); with one, an S3-compatible server addressed path-style, the
     * payload signed whole rather than in chunks and checksums only where the API requires them (s3rver, MinIO).
     */
    public static S3Client client(Optional<URI> endpoint) {
        return builder(endpoint).build();
    }

    /** The builder of {@link #client}, for settings of one's own (a test's fixed credentials). */
    public static S3ClientBuilder builder(Optional<URI> endpoint) {
        S3ClientBuilder builder = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
        return builder;
    }
}
