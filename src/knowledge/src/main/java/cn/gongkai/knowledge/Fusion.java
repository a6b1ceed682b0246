package cn.gongkai.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks articles (units) from their two scores: BM25 (best chunk, 0 when outside the BM25 pool) and the dense
 * cosine of the question and the article's best chunk (exact, also for articles only BM25 found). Two fusions:
 * a convex combination of the min-max normalised scores (the default: it keeps how far apart the scores are,
 * which ranks lose), or reciprocal rank fusion, Σ wᵢ / (k + rankᵢ).
 */
final class Fusion {

    /** One article's evidence. */
    static final class Candidate {
        final String unit;
        double bm25;
        double dense = Double.NaN;
        int bm25Rank;
        int denseRank;
        double fused;

        Candidate(String unit) {
            this.unit = unit;
        }
    }

    private final Map<String, Candidate> candidates = new LinkedHashMap<>();

    Candidate candidate(String unit) {
        return candidates.computeIfAbsent(unit, Candidate::new);
    }

    /** The candidates best first, scored by {@code weights} for {@code mode}. */
    List<KnowledgeBase.Ranked> rank(RankingWeights weights, SearchMode mode) {
        return ranked(weights, mode).stream().map(c -> new KnowledgeBase.Ranked(c.unit, c.fused)).toList();
    }

    /** The candidates best first, {@link Candidate#fused} set by {@code weights} for {@code mode}. */
    List<Candidate> ranked(RankingWeights weights, SearchMode mode) {
        List<Candidate> all = new ArrayList<>(candidates.values());
        if (all.isEmpty()) {
            return List.of();
        }
        assignRanks(all);
        double wb = mode == SearchMode.DENSE ? 0 : mode == SearchMode.BM25 ? 1 : weights.bm25();
        double wd = mode == SearchMode.BM25 ? 0 : mode == SearchMode.DENSE ? 1 : weights.dense();
        if (weights.convex()) {
            double bMax = all.stream().mapToDouble(c -> c.bm25).max().orElse(0);
            double dMin = all.stream().filter(c -> !Double.isNaN(c.dense)).mapToDouble(c -> c.dense).min().orElse(0);
            double dMax = all.stream().filter(c -> !Double.isNaN(c.dense)).mapToDouble(c -> c.dense).max().orElse(0);
            for (Candidate c : all) {
                double b = bMax > 0 ? c.bm25 / bMax : 0;
                double d = Double.isNaN(c.dense) || dMax <= dMin ? 0 : (c.dense - dMin) / (dMax - dMin);
                c.fused = wb * b + wd * d;
            }
        } else {
            double k = weights.rrfK();
            for (Candidate c : all) {
                c.fused = (c.bm25Rank > 0 ? wb / (k + c.bm25Rank) : 0) + (c.denseRank > 0 ? wd / (k + c.denseRank) : 0);
            }
        }
        all.sort(Comparator.comparingDouble((Candidate c) -> c.fused).reversed());
        return all;
    }

    private static void assignRanks(List<Candidate> all) {
        List<Candidate> byBm25 = all.stream().filter(c -> c.bm25 > 0)
                .sorted(Comparator.comparingDouble((Candidate c) -> c.bm25).reversed()).toList();
        for (int i = 0; i < byBm25.size(); i++) {
            byBm25.get(i).bm25Rank = i + 1;
        }
        List<Candidate> byDense = all.stream().filter(c -> !Double.isNaN(c.dense))
                .sorted(Comparator.comparingDouble((Candidate c) -> c.dense).reversed()).toList();
        for (int i = 0; i < byDense.size(); i++) {
            byDense.get(i).denseRank = i + 1;
        }
    }
}
