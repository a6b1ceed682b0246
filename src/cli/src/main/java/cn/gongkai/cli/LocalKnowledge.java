package cn.gongkai.cli;

import cn.gongkai.knowledge.BgeEmbedder;
import cn.gongkai.knowledge.IngestReport;
import cn.gongkai.knowledge.KnowledgeBase;

import java.io.IOException;
import java.nio.file.Path;

/** The local run's knowledge base: on the first start the sample (guide, questions and answers, summaries) goes in. */
final class LocalKnowledge {

    private LocalKnowledge() {
    }

    /** The status line for serve's banner. */
    static String ensureSample(Path indexDir) {
        try {
            try (KnowledgeBase kb = KnowledgeBase.open(indexDir, null)) { // counting needs no model
                if (!kb.documents().isEmpty()) {
                    return String.format("%d documents, %d chunks, %s", kb.documents().size(), kb.chunkCount(), indexDir);
                }
            }
            try (BgeEmbedder embedder = new BgeEmbedder(); KnowledgeBase kb = KnowledgeBase.open(indexDir, embedder)) {
                IngestReport report = kb.ingest(KnowledgeBase.sample());
                return String.format("sample indexed now: %d documents, %d chunks (%.1f s), %s",
                        report.totalDocuments(), report.totalChunks(), report.took().toMillis() / 1000.0, indexDir);
            }
        } catch (IOException | RuntimeException e) {
            return "not available (" + e.getMessage() + "), " + indexDir;
        }
    }
}
