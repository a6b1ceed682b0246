package cn.gongkai.knowledge;

/**
 * The ranking's knobs: BM25 field boosts (the title and headings next to the article body) and the weights of
 * the two lists in reciprocal rank fusion, score = Σ weight / (rrfK + rank).
 */
public record RankingWeights(float title, float headings, double bm25, double dense, double rrfK) {

    public static final RankingWeights DEFAULT = new RankingWeights(0.5f, 0.3f, 1.0, 1.0, 60);
}
