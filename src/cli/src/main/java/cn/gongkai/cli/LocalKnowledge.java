package cn.gongkai.cli;

import cn.gongkai.knowledge.BgeEmbedder;
import cn.gongkai.knowledge.IngestReport;
import cn.gongkai.knowledge.KnowledgeBase;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The local run's knowledge base: on the first start the sample (guide, questions and answers, summaries) goes in; on a
 * later start a newer release's version of it replaces the older one.
 */
final class LocalKnowledge {

    private LocalKnowledge() {
    }

    /** The status line for serve's banner. */
    static String ensureSample(Path indexDir) {
        try {
            boolean fresh;
            try (KnowledgeBase kb = KnowledgeBase.open(indexDir, null)) { // counting needs no model
                fresh = kb.documents().isEmpty();
                if (!fresh && kb.outdated(KnowledgeBase.sample()).isEmpty()) {
                    return String.format("%d documents, %d chunks, %s", kb.documents().size(), kb.chunkCount(), indexDir);
                }
            }
            try (BgeEmbedder embedder = new BgeEmbedder(); KnowledgeBase kb = KnowledgeBase.open(indexDir, embedder)) {
                if (!fresh) {
                    // this release's sample replaces the older one's; a sample document the office took out stays out
                    IngestReport report = kb.refresh(KnowledgeBase.sample());
                    return String.format("sample updated now (%d of its documents): %d documents, %d chunks (%.1f s), %s",
                            report.updated(), report.totalDocuments(), report.totalChunks(), report.took().toMillis() / 1000.0,
                            indexDir);
                }
                IngestReport report = kb.ingest(KnowledgeBase.sample());
                return String.format("sample indexed now: %d documents, %d chunks (%.1f s), %s",
                        report.totalDocuments(), report.totalChunks(), report.took().toMillis() / 1000.0, indexDir);
            }
        } catch (IOException | RuntimeException e) {
            return "not available (" + e.getMessage() + "), " + indexDir;
        }
    }
}
