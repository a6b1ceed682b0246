package cn.gongkai.knowledge;

import java.time.Duration;
import java.util.List;

/**
 * What one ingestion did.
 *
 * @param embedded passages the embedding model read (chunks of changed files whose text did not change keep their vectors)
 * @param failures files that could not be read, each with the reason; the other files are ingested all the same
 */
public record IngestReport(String source, int added, int updated, int unchanged, int removed, int chunks, int embedded,
                           int totalDocuments, int totalChunks, Duration took, List<String> failures) {

    public IngestReport {
        failures = List.copyOf(failures);
    }

    public String summary() {
        return String.format("%s: %d added, %d updated, %d unchanged, %d removed; %d chunks written (%d embedded); index: %d documents, %d chunks; %.1f s%s",
                source, added, updated, unchanged, removed, chunks, embedded, totalDocuments, totalChunks, took.toMillis() / 1000.0,
                failures.isEmpty() ? "" : "; " + failures.size() + " failed");
    }
}
