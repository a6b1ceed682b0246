package cn.gongkai.knowledge.ingest;

import java.io.IOException;
import java.util.List;

/**
 * Where documents come from: a folder, the sample knowledge base on the class path, (deployed) an S3 prefix.
 * {@link #id()} names the source in the index, so ingesting it again replaces what came from it before.
 */
public interface DocumentSource {

    String id();

    /** The documents in a format the knowledge base reads, each with its sidecar when one lies beside it. */
    List<SourceFile> files() throws IOException;

    String S3_SCHEME = "s3://";

    /** {@code s3://bucket/prefix} (an {@link S3Source}, which loads the AWS SDK) or a folder. */
    static DocumentSource at(String location) {
        return location.startsWith(S3_SCHEME) ? S3Source.of(location) : new FolderSource(java.nio.file.Path.of(location));
    }
}
