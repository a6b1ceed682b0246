package cn.gongkai.knowledge;

/**
 * The ranking's knobs: BM25 field boosts (the title and headings next to the article body) and the weights of
 * the two lists in reciprocal rank fusion, score = Σ weight / (rrfK + rank). On the development questions the
 * fused result hardly moved with them (hit@10 0.75–0.77 over title 0–1.5, dense weight 1–2, rrfK 20–120); a
 * character-bigram BM25 list and a per-document prior were tried as well and made it worse.
 */
public record RankingWeights(float title, float headings, double bm25, double dense, double rrfK) {

    public static final RankingWeights DEFAULT = new RankingWeights(0.5f, 0.3f, 1.0, 1.0, 60);
}
