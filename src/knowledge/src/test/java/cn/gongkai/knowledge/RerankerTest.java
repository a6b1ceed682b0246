package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RerankerTest {

    @Test
    void theShippedWeightsLoad() {
        Reranker standard = Reranker.standard();
        assertThat(standard.depth()).isBetween(1, 100);
        assertThat(standard.weights()[0]).isPositive(); // the fused score keeps a say
        boolean[] allowed = Reranker.featureMask(Reranker.STANDARD_FEATURES);
        double[] w = standard.weights();
        for (int i = 0; i < w.length; i++) {
            if (!allowed[i]) {
                assertThat(w[i]).as(RerankFeatures.NAMES.get(i)).isZero();
            }
        }
    }

    @Test
    void onlyAPositiveWeightOnTheFusedScoreAloneKeepsTheOrder() {
        assertThat(Reranker.identity(20).keepsOrder()).isTrue();
        double[] w = new double[RerankFeatures.NAMES.size()];
        w[0] = 1.05;
        assertThat(new Reranker(w, 20).keepsOrder()).isTrue();
        w[RerankFeatures.NAMES.indexOf("char_cover")] = 0.25;
        assertThat(new Reranker(w, 20).keepsOrder()).isFalse();
        assertThat(new Reranker(new double[RerankFeatures.NAMES.size()], 20).keepsOrder()).isFalse();
    }

    @Test
    void weightsFileRoundTrip() {
        double[] w = new double[RerankFeatures.NAMES.size()];
        w[0] = 1.25;
        w[RerankFeatures.NAMES.indexOf("char_cover")] = -0.5;
        Reranker reranker = new Reranker(w, 30);
        Reranker parsed = Reranker.parse(reranker.format("learnt on\nsome questions"));
        assertThat(parsed.weights()).containsExactly(w);
        assertThat(parsed.depth()).isEqualTo(30);
        assertThatThrownBy(() -> Reranker.parse("colour = 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Reranker.featureMask("fused,colour")).hasMessageContaining("colour");
        assertThat(Reranker.featureMask("all")).containsOnly(true);
    }

    @Test
    void scoresFollowTheWeights() {
        List<RerankFeatures.Candidate> fused = List.of(
                new RerankFeatures.Candidate("d#第一条", "d", "某办法", "", TextStats.of("电子证照的管理"), false, 5, 0.5, 2),
                new RerankFeatures.Candidate("d#第二条", "d", "某办法", "", TextStats.of("申请公开政府信息不收费"), false, 4, 0.4, 1.8));
        BigramStats stats = BigramStats.of(fused.stream().map(RerankFeatures.Candidate::text).toList());
        double[] identity = Reranker.identity(10).scores("申请公开政府信息收费吗", fused, stats);
        assertThat(identity[0]).isGreaterThan(identity[1]); // the fusion's order
        double[] w = new double[RerankFeatures.NAMES.size()];
        w[0] = 1;
        w[RerankFeatures.NAMES.indexOf("bigram_cover")] = 1;
        double[] lexical = new Reranker(w, 10).scores("申请公开政府信息收费吗", fused, stats);
        assertThat(lexical[1]).isGreaterThan(lexical[0]); // 第二条 holds the question's words
    }
}
