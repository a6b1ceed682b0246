package cn.gongkai.assistant;

import cn.gongkai.knowledge.SearchMode;

/**
 * How the assistant answers.
 *
 * @param threshold   the least share (0..1, weighted by how rare each word is in the knowledge base) of the
 *                    question's words an article must contain to be answered from; below it the assistant declines
 * @param faqThreshold the least share for a curated FAQ answer to be given as the answer
 * @param maxArticles how many articles an answer quotes and cites at most
 * @param officePhone the office's phone for the next steps, when known
 * @param mode        retrieval: BM25, or HYBRID when the index has vectors and an embedder is given
 */
public record AssistantSettings(double threshold, double faqThreshold, int maxArticles, String officePhone,
                                SearchMode mode) {

    public static AssistantSettings defaults() {
        return new AssistantSettings(0.5, 0.6, 2, null, SearchMode.HYBRID);
    }

    public AssistantSettings withOfficePhone(String phone) {
        return new AssistantSettings(threshold, faqThreshold, maxArticles, phone, mode);
    }

    public AssistantSettings withThreshold(double value) {
        return new AssistantSettings(value, faqThreshold, maxArticles, officePhone, mode);
    }
}
