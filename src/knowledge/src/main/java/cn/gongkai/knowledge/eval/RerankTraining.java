package cn.gongkai.knowledge.eval;

import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.Reranker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learns the {@link Reranker}'s weights from questions with known articles: each question's fused hybrid list (its
 * first {@code depth} articles and their features) is one training query, and {@link CoordinateAscent} moves the
 * weights from the fusion's own order. Judged by two-fold cross-validation on the odd and even lines of the question
 * file: the weights learnt on one half are measured on the other, beside the fusion's order on the same half.
 */
public final class RerankTraining {

    /** What training found: the held-out figures of each half and the weights learnt on all questions. */
    public record Result(CoordinateAscent.Score[] fusionByHalf, CoordinateAscent.Score[] heldOutByHalf,
                         CoordinateAscent.Score fusionAll, CoordinateAscent.Score trainedAll, double[] weights,
                         int depth, double[][] halfWeights) {

        /** The weights learnt on all questions. */
        public Reranker reranker() {
            return new Reranker(weights, depth);
        }

        public String summary() {
            StringBuilder out = new StringBuilder();
            String[] halves = {"odd lines", "even lines"};
            for (int h = 0; h < 2; h++) {
                out.append(String.format(Locale.ROOT, "%-10s fusion  %s%n", halves[h], format(fusionByHalf[h])));
                out.append(String.format(Locale.ROOT, "%-10s held out %s (weights learnt on the other half)%n",
                        halves[h], format(heldOutByHalf[h])));
            }
            out.append(String.format(Locale.ROOT, "all        fusion  %s%n", format(fusionAll)));
            out.append(String.format(Locale.ROOT, "all        learnt  %s (on the questions it learnt from)%n", format(trainedAll)));
            return out.toString();
        }

        private static String format(CoordinateAscent.Score s) {
            return String.format(Locale.ROOT, "hit@1 %.3f hit@10 %.3f MRR@10 %.3f", s.hitAt1(), s.hitAt10(), s.mrr10());
        }
    }

    private final CoordinateAscent optimiser;
    private final boolean[] free;

    /** @param free which features may move (the fused score's weight starts at 1, every other at 0) */
    public RerankTraining(CoordinateAscent optimiser, boolean[] free) {
        this.optimiser = optimiser;
        this.free = free.clone();
    }

    /** Each question's candidates (the fused list's first {@code depth} articles), right answers marked. */
    public static List<CoordinateAscent.Query> queries(KnowledgeBase kb, List<EvalQuestion> questions, int depth) {
        List<CoordinateAscent.Query> out = new ArrayList<>();
        for (EvalQuestion q : questions) {
            List<Reranker.Row> rows = kb.rerankRows(q.question(), depth);
            double[][] features = new double[rows.size()][];
            boolean[] relevant = new boolean[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Reranker.Row row = rows.get(i);
                features[i] = row.features();
                relevant[i] = Evaluation.matches(row.label(), row.source(), row.documentTitle(), q.gold());
            }
            out.add(new CoordinateAscent.Query(features, relevant));
        }
        return out;
    }

    public Result train(List<CoordinateAscent.Query> queries, int depth) {
        int features = free.length;
        double[] start = new double[features];
        start[0] = 1;
        List<List<CoordinateAscent.Query>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < queries.size(); i++) {
            halves.get(i % 2).add(queries.get(i)); // index 0 is the file's first (odd) line
        }
        CoordinateAscent.Score[] fusion = new CoordinateAscent.Score[2];
        CoordinateAscent.Score[] heldOut = new CoordinateAscent.Score[2];
        double[][] halfWeights = new double[2][];
        for (int h = 0; h < 2; h++) {
            halfWeights[h] = optimiser.train(halves.get(1 - h), start, free);
            fusion[h] = CoordinateAscent.evaluate(halves.get(h), start);
            heldOut[h] = CoordinateAscent.evaluate(halves.get(h), halfWeights[h]);
        }
        double[] all = optimiser.train(queries, start, free);
        return new Result(fusion, heldOut, CoordinateAscent.evaluate(queries, start),
                CoordinateAscent.evaluate(queries, all), all, depth, halfWeights);
    }
}
