package cn.gongkai.knowledge.eval;

import cn.gongkai.knowledge.Catalog;
import cn.gongkai.knowledge.Hit;
import cn.gongkai.knowledge.KnowledgeBase;
import cn.gongkai.knowledge.SearchOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs questions against the knowledge base: hit@1/3/5/10 (a gold article among the first k), MRR@10 (1 / rank of
 * the first gold article, 0 past 10) and search latency. A gold article matches a hit by source file and article
 * label, or by document title (中华人民共和国 and book-title marks aside) and label when it names no source.
 */
public final class Evaluation {

    public static final int[] KS = {1, 3, 5, 10};

    public record Miss(EvalQuestion question, int rank, List<String> top) {
    }

    /** @param loadAverage the machine's one-minute load average when the run ended (-1 where unknown) */
    public record Report(int questions, double[] hitAt, double mrr10, double p50Millis, double p99Millis,
                         List<Miss> misses, String mode, double loadAverage) {

        public String summary() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("mode %s, %d questions%n", mode, questions));
            for (int i = 0; i < KS.length; i++) {
                out.append(String.format("hit@%-2d %.3f%n", KS[i], hitAt[i]));
            }
            out.append(String.format("MRR@10 %.3f%n", mrr10));
            out.append(String.format("latency p50 %.1f ms, p99 %.1f ms (load average %.1f)%n", p50Millis, p99Millis, loadAverage));
            return out.toString();
        }
    }

    private Evaluation() {
    }

    public static Report run(KnowledgeBase kb, List<EvalQuestion> questions, SearchOptions options) {
        return run(kb, questions, options, 0);
    }

    /** With {@code warmUpRounds} untimed passes over the questions first (a warm JVM, as a running server's). */
    public static Report run(KnowledgeBase kb, List<EvalQuestion> questions, SearchOptions options, int warmUpRounds) {
        int depth = Math.max(10, options.limit());
        SearchOptions search = options.withLimit(depth).withLinks(false);
        int[] hits = new int[KS.length];
        double reciprocal = 0;
        double[] latencies = new double[questions.size()];
        List<Miss> misses = new ArrayList<>();
        // one warm-up search at least, so the first question does not pay for loading
        if (!questions.isEmpty()) {
            kb.search(questions.getFirst().question(), search);
        }
        for (int round = 0; round < warmUpRounds; round++) {
            questions.forEach(q -> kb.search(q.question(), search));
        }
        for (int q = 0; q < questions.size(); q++) {
            EvalQuestion question = questions.get(q);
            long started = System.nanoTime();
            List<Hit> result = kb.search(question.question(), search);
            latencies[q] = (System.nanoTime() - started) / 1e6;
            int rank = 0;
            for (int i = 0; i < result.size(); i++) {
                if (matches(result.get(i), question.gold())) {
                    rank = i + 1;
                    break;
                }
            }
            for (int k = 0; k < KS.length; k++) {
                if (rank > 0 && rank <= KS[k]) {
                    hits[k]++;
                }
            }
            if (rank > 0 && rank <= 10) {
                reciprocal += 1.0 / rank;
            }
            if (rank == 0 || rank > 1) {
                misses.add(new Miss(question, rank, result.stream().limit(5)
                        .map(h -> h.source() + " " + h.label()).toList()));
            }
        }
        int n = Math.max(1, questions.size());
        double[] hitAt = new double[KS.length];
        for (int k = 0; k < KS.length; k++) {
            hitAt[k] = hits[k] / (double) n;
        }
        double[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Report(questions.size(), hitAt, reciprocal / n, percentile(sorted, 0.50), percentile(sorted, 0.99),
                misses, options.mode().name().toLowerCase(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static boolean matches(Hit hit, List<EvalQuestion.Gold> gold) {
        return matches(hit.label(), hit.source(), hit.documentTitle(), gold);
    }

    static boolean matches(String label, String source, String documentTitle, List<EvalQuestion.Gold> gold) {
        for (EvalQuestion.Gold g : gold) {
            if (!g.article().equals(label)) {
                continue;
            }
            if (g.source().isPresent() ? g.source().get().equals(source)
                    : Catalog.normalize(g.document()).equals(Catalog.normalize(documentTitle))) {
                return true;
            }
        }
        return false;
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
