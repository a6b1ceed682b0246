package cn.gongkai.knowledge;

import java.util.Locale;

/**
 * The ranking's knobs.
 *
 * @param title         BM25 boost of the document title field (next to the article body's 1)
 * @param headings      BM25 boost of the chapter and section headings field
 * @param bm25          weight of the BM25 evidence in the fusion
 * @param dense         weight of the dense evidence in the fusion
 * @param rrfK          k of reciprocal rank fusion, Σ w / (k + rank)
 * @param convex        fuse min-max normalised scores linearly instead of by reciprocal ranks
 * @param depth         how many chunks each list brings before fusing
 * @param documentPrior how much an article gains from its document's strength (0: none); see {@link Fusion}
 * @param documentTop   how many of a document's best articles make its strength
 * @param questionWords whether question words (请问, 怎么, 是否, 吗 ...) are left out of the BM25 query
 */
public record RankingWeights(float title, float headings, double bm25, double dense, double rrfK, boolean convex,
                             int depth, double documentPrior, int documentTop, boolean questionWords) {

    public static final RankingWeights DEFAULT = new RankingWeights(0.5f, 0.3f, 1.0, 1.0, 60, false, 100, 0, 3, false);

    /** These weights with some changed: {@code "dense=1.2,convex=true"} (names as the components'). */
    public RankingWeights with(String changes) {
        RankingWeights w = this;
        for (String change : changes.split(",")) {
            if (change.isBlank()) {
                continue;
            }
            String[] kv = change.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("not name=value: " + change);
            }
            String v = kv[1].strip();
            w = switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                case "title" -> new RankingWeights(Float.parseFloat(v), w.headings, w.bm25, w.dense, w.rrfK, w.convex, w.depth, w.documentPrior, w.documentTop, w.questionWords);
                case "headings" -> new RankingWeights(w.title, Float.parseFloat(v), w.bm25, w.dense, w.rrfK, w.convex, w.depth, w.documentPrior, w.documentTop, w.questionWords);
                case "bm25" -> new RankingWeights(w.title, w.headings, Double.parseDouble(v), w.dense, w.rrfK, w.convex, w.depth, w.documentPrior, w.documentTop, w.questionWords);
                case "dense" -> new RankingWeights(w.title, w.headings, w.bm25, Double.parseDouble(v), w.rrfK, w.convex, w.depth, w.documentPrior, w.documentTop, w.questionWords);
                case "rrfk" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, Double.parseDouble(v), w.convex, w.depth, w.documentPrior, w.documentTop, w.questionWords);
                case "convex" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, w.rrfK, Boolean.parseBoolean(v), w.depth, w.documentPrior, w.documentTop, w.questionWords);
                case "depth" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, w.rrfK, w.convex, Integer.parseInt(v), w.documentPrior, w.documentTop, w.questionWords);
                case "documentprior" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, w.rrfK, w.convex, w.depth, Double.parseDouble(v), w.documentTop, w.questionWords);
                case "documenttop" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, w.rrfK, w.convex, w.depth, w.documentPrior, Integer.parseInt(v), w.questionWords);
                case "questionwords" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, w.rrfK, w.convex, w.depth, w.documentPrior, w.documentTop, Boolean.parseBoolean(v));
                default -> throw new IllegalArgumentException("unknown ranking weight: " + kv[0]);
            };
        }
        return w;
    }
}
