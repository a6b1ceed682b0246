package cn.gongkai.knowledge.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CoordinateAscentTest {

    /**
     * Questions of 20 candidates: feature 0 (the starting ranking) is noise, feature 1 tells the right answer apart
     * only when weighed against feature 2, which misleads (score = 2·f1 − f2 ranks the right one first).
     */
    private static List<CoordinateAscent.Query> synthetic(long seed, int questions) {
        Random random = new Random(seed);
        List<CoordinateAscent.Query> out = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            double[][] f = new double[20][3];
            boolean[] relevant = new boolean[20];
            int right = random.nextInt(20);
            for (int i = 0; i < 20; i++) {
                f[i][0] = random.nextDouble();
                f[i][2] = random.nextDouble();
                f[i][1] = i == right ? 0.5 + f[i][2] / 2 + 0.05 : random.nextDouble() * (0.5 + f[i][2] / 2);
            }
            relevant[right] = true;
            out.add(new CoordinateAscent.Query(f, relevant));
        }
        return out;
    }

    @Test
    void findsWeightsThatRankTheRightAnswersFirst() {
        List<CoordinateAscent.Query> train = synthetic(1, 60);
        double[] start = {1, 0, 0};
        assertThat(CoordinateAscent.evaluate(train, start).mrr10()).isLessThan(0.5);
        double[] w = new CoordinateAscent(30, 0.5).train(train, start, new boolean[]{true, true, true});
        assertThat(CoordinateAscent.evaluate(train, w).hitAt1()).isEqualTo(1.0);
        // and they carry over to questions it did not learn from
        assertThat(CoordinateAscent.evaluate(synthetic(2, 60), w).mrr10()).isGreaterThan(0.9);
        assertThat(w[1]).isPositive();
        assertThat(w[2]).isNegative();
    }

    @Test
    void onlyFreeWeightsMoveAndNoSignalKeepsTheStart() {
        List<CoordinateAscent.Query> train = synthetic(3, 30);
        double[] w = new CoordinateAscent(10, 0.5).train(train, new double[]{1, 0, 0}, new boolean[]{false, false, true});
        assertThat(w[0]).isEqualTo(1);
        assertThat(w[1]).isZero();
        // a feature equal on every candidate changes nothing: the weights stay where they started
        List<CoordinateAscent.Query> flat = List.of(new CoordinateAscent.Query(new double[][]{{1, 0.5}, {0.5, 0.5}},
                new boolean[]{false, true}));
        assertThat(new CoordinateAscent(10, 0.5).train(flat, new double[]{1, 0}, new boolean[]{false, true}))
                .containsExactly(1, 0);
    }

    @Test
    void measuresAsTheEvaluationDoes() {
        CoordinateAscent.Query second = new CoordinateAscent.Query(new double[][]{{3}, {2}, {1}}, new boolean[]{false, true, false});
        CoordinateAscent.Query none = new CoordinateAscent.Query(new double[][]{{1}}, new boolean[]{false});
        CoordinateAscent.Score s = CoordinateAscent.evaluate(List.of(second, none), new double[]{1});
        assertThat(s.mrr10()).isEqualTo(0.25);
        assertThat(s.hitAt1()).isZero();
        assertThat(s.hitAt10()).isEqualTo(0.5);
        // ties keep the given order
        CoordinateAscent.Query tie = new CoordinateAscent.Query(new double[][]{{1}, {1}}, new boolean[]{false, true});
        assertThat(CoordinateAscent.firstRelevant(tie, new double[]{1})).isEqualTo(2);
    }

    @Test
    void crossValidationReportsEachHalfHeldOut() {
        List<CoordinateAscent.Query> all = synthetic(4, 40);
        RerankTraining.Result result = new RerankTraining(new CoordinateAscent(20, 0.5), new boolean[]{true, true, true})
                .train(all, 20);
        for (int h = 0; h < 2; h++) {
            assertThat(result.heldOutByHalf()[h].mrr10()).isGreaterThan(result.fusionByHalf()[h].mrr10());
        }
        assertThat(result.summary()).contains("odd lines", "even lines", "held out");
    }
}
