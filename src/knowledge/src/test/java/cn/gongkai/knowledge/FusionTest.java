package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FusionTest {

    private static Fusion threeArticles() {
        Fusion fusion = new Fusion();
        Fusion.Candidate a = fusion.candidate("d1#第一条");
        a.bm25 = 10;
        a.dense = 0.50;
        Fusion.Candidate b = fusion.candidate("d1#第二条");
        b.bm25 = 9.5;
        b.dense = 0.80;
        Fusion.Candidate c = fusion.candidate("d2#第一条");
        c.dense = 0.79; // only the dense list found it
        return fusion;
    }

    private static List<String> order(Fusion fusion, RankingWeights weights, SearchMode mode) {
        return fusion.rank(weights, mode).stream().map(KnowledgeBase.Ranked::unit).toList();
    }

    @Test
    void eachModeUsesItsOwnEvidence() {
        assertThat(order(threeArticles(), RankingWeights.DEFAULT, SearchMode.BM25)).startsWith("d1#第一条", "d1#第二条");
        assertThat(order(threeArticles(), RankingWeights.DEFAULT, SearchMode.DENSE)).containsExactly("d1#第二条", "d2#第一条", "d1#第一条");
    }

    @Test
    void convexFusionKeepsHowFarApartTheScoresAre() {
        // 第二条 is nearly as good as 第一条 in BM25 and far better in meaning: it wins
        assertThat(order(threeArticles(), RankingWeights.DEFAULT, SearchMode.HYBRID).getFirst()).isEqualTo("d1#第二条");
        // with BM25 weighted far above meaning, 第一条 wins
        assertThat(order(threeArticles(), RankingWeights.DEFAULT.with("bm25=40"), SearchMode.HYBRID).getFirst()).isEqualTo("d1#第一条");
    }

    @Test
    void reciprocalRankFusionCountsOnlyRanks() {
        RankingWeights rrf = RankingWeights.DEFAULT.with("convex=false,dense=1,rrfK=60");
        List<String> order = order(threeArticles(), rrf, SearchMode.HYBRID);
        // 第二条: ranks 2 and 1; 第一条: ranks 1 and 3; d2's only list rank is 2
        assertThat(order).containsExactly("d1#第二条", "d1#第一条", "d2#第一条");
        assertThat(fusionScore(threeArticles(), rrf, "d2#第一条")).isCloseTo(1.0 / 62, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static double fusionScore(Fusion fusion, RankingWeights weights, String unit) {
        return fusion.rank(weights, SearchMode.HYBRID).stream().filter(r -> r.unit().equals(unit)).findFirst().orElseThrow().score();
    }

    @Test
    void weightsAreChangedByName() {
        RankingWeights w = RankingWeights.DEFAULT.with("dense=2, convex=false,depth=50");
        assertThat(w.dense()).isEqualTo(2);
        assertThat(w.convex()).isFalse();
        assertThat(w.depth()).isEqualTo(50);
        assertThat(w.title()).isEqualTo(RankingWeights.DEFAULT.title());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.with("nonsense=1")).isInstanceOf(IllegalArgumentException.class);
    }
}
