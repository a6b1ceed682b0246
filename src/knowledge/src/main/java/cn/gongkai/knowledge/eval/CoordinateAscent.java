package cn.gongkai.knowledge.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Learns the weights of a linear ranking function by coordinate ascent on the ranking's own measure (Metzler and
 * Croft's method for learning to rank): one weight at a time moves by each of a few steps, keeping the move that
 * scores best, for rounds until no move helps. The measure is MRR@10 plus {@code hitWeight} × hit@10 over the
 * training questions; ties keep the candidates' given order, so all-zero features keep the first ranking.
 * Deterministic: the same questions give the same weights.
 */
public final class CoordinateAscent {

    /** One training question: its candidates' features, in their given order, and which are right answers. */
    public record Query(double[][] features, boolean[] relevant) {
    }

    /** What a ranking achieves over some questions. */
    public record Score(double mrr10, double hitAt1, double hitAt10) {

        double objective(double hitWeight) {
            return mrr10 + hitWeight * hitAt10;
        }
    }

    private static final double[] STEPS = {-1, -0.5, -0.25, -0.1, -0.05, 0.05, 0.1, 0.25, 0.5, 1};

    private final int rounds;
    private final double hitWeight;

    public CoordinateAscent(int rounds, double hitWeight) {
        this.rounds = rounds;
        this.hitWeight = hitWeight;
    }

    /**
     * Weights for {@code queries}, starting from {@code start}; only the features whose {@code free} entry is true
     * move.
     */
    public double[] train(List<Query> queries, double[] start, boolean[] free) {
        double[] w = start.clone();
        double best = evaluate(queries, w).objective(hitWeight);
        for (int round = 0; round < rounds; round++) {
            boolean improved = false;
            for (int j = 0; j < w.length; j++) {
                if (!free[j]) {
                    continue;
                }
                double keep = w[j];
                double bestValue = keep;
                for (double step : STEPS) {
                    w[j] = keep + step;
                    double s = evaluate(queries, w).objective(hitWeight);
                    if (s > best + 1e-9) {
                        best = s;
                        bestValue = w[j];
                    }
                }
                w[j] = bestValue;
                improved |= bestValue != keep;
            }
            if (!improved) {
                break;
            }
        }
        return w;
    }

    /** MRR@10, hit@1 and hit@10 of ranking each question's candidates by {@code weights}. */
    public static Score evaluate(List<Query> queries, double[] weights) {
        double mrr = 0;
        int hit1 = 0;
        int hit10 = 0;
        for (Query q : queries) {
            int rank = firstRelevant(q, weights);
            if (rank >= 1 && rank <= 10) {
                mrr += 1.0 / rank;
                hit10++;
                if (rank == 1) {
                    hit1++;
                }
            }
        }
        int n = Math.max(1, queries.size());
        return new Score(mrr / n, hit1 / (double) n, hit10 / (double) n);
    }

    /** The 1-based rank of the first right candidate under {@code weights}; 0 when there is none. */
    static int firstRelevant(Query q, double[] weights) {
        int n = q.features().length;
        double[] scores = new double[n];
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < weights.length; j++) {
                s += weights[j] * q.features()[i][j];
            }
            scores[i] = s;
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        for (int r = 0; r < n; r++) {
            if (q.relevant()[order.get(r)]) {
                return r + 1;
            }
        }
        return 0;
    }
}
