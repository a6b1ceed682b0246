package cn.gongkai.knowledge;

import java.util.Locale;

/**
 * The ranking's knobs (see {@link Fusion}).
 *
 * @param title    BM25 boost of the document title field (next to the article body's 1)
 * @param headings BM25 boost of the chapter and section headings field
 * @param bm25     weight of the BM25 evidence in the fusion
 * @param dense    weight of the dense evidence in the fusion
 * @param convex   fuse min-max normalised scores linearly (default) instead of by reciprocal ranks
 * @param rrfK     k of reciprocal rank fusion, Σ w / (k + rank)
 * @param depth    how many chunks each list brings before fusing
 * @param expansion BM25 weight of the words {@link QueryExpansion} adds (a question's own words weigh 1)
 */
public record RankingWeights(float title, float headings, double bm25, double dense, boolean convex, double rrfK,
                             int depth, float expansion) {

    /**
     * Chosen on the development questions in two halves (each half's best settings agreeing): convex fusion with
     * dense weight 1.5 (hit@10 0.800 / 0.746 on the halves, RRF k=60 with equal weights 0.783 / 0.746).
     */
    public static final RankingWeights DEFAULT = new RankingWeights(0.5f, 0.3f, 1.0, 1.5, true, 60, 100, 0.4f);

    /** These weights with some changed: {@code "dense=1.2,convex=false"} (names as the components'). */
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
                case "title" -> new RankingWeights(Float.parseFloat(v), w.headings, w.bm25, w.dense, w.convex, w.rrfK, w.depth, w.expansion);
                case "headings" -> new RankingWeights(w.title, Float.parseFloat(v), w.bm25, w.dense, w.convex, w.rrfK, w.depth, w.expansion);
                case "bm25" -> new RankingWeights(w.title, w.headings, Double.parseDouble(v), w.dense, w.convex, w.rrfK, w.depth, w.expansion);
                case "dense" -> new RankingWeights(w.title, w.headings, w.bm25, Double.parseDouble(v), w.convex, w.rrfK, w.depth, w.expansion);
                case "convex" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, Boolean.parseBoolean(v), w.rrfK, w.depth, w.expansion);
                case "rrfk" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, w.convex, Double.parseDouble(v), w.depth, w.expansion);
                case "depth" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, w.convex, w.rrfK, Integer.parseInt(v), w.expansion);
                case "expansion" -> new RankingWeights(w.title, w.headings, w.bm25, w.dense, w.convex, w.rrfK, w.depth, Float.parseFloat(v));
                default -> throw new IllegalArgumentException("unknown ranking weight: " + kv[0]);
            };
        }
        return w;
    }
}
