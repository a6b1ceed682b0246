package cn.gongkai.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reorders the fused list's first {@link #depth()} articles by a linear score of their {@link RerankFeatures}; the
 * rest keep their places below. The weights are learnt from questions with known articles ({@code kb train}) and
 * shipped as {@code reranker.txt}: lines {@code name = weight}, {@code depth = N}, {@code #} comments.
 * A weight of 1 on {@code fused} and 0 elsewhere keeps the fusion's order.
 */
public final class Reranker {

    static final String RESOURCE = "cn/gongkai/knowledge/reranker.txt";
    /** The features the shipped weights were learnt with (those that helped on both halves of the questions). */
    public static final String STANDARD_FEATURES = "fused,bigram_cover,char_cover,bigram_idf_cover";

    private final double[] weights;
    private final int depth;

    public Reranker(double[] weights, int depth) {
        if (weights.length != RerankFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + RerankFeatures.NAMES.size() + " weights");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be positive");
        }
        this.weights = weights.clone();
        this.depth = depth;
    }

    /** The fusion's own order. */
    public static Reranker identity(int depth) {
        double[] w = new double[RerankFeatures.NAMES.size()];
        w[0] = 1;
        return new Reranker(w, depth);
    }

    /** The weights shipped with Gongkai. */
    public static Reranker standard() {
        try (InputStream in = Reranker.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reranker parse(String text) {
        double[] w = new double[RerankFeatures.NAMES.size()];
        int depth = 50;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("not name = value: " + line);
            }
            String name = kv[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("depth")) {
                depth = Integer.parseInt(kv[1].strip());
                continue;
            }
            int index = RerankFeatures.NAMES.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("unknown reranker feature: " + name);
            }
            w[index] = Double.parseDouble(kv[1].strip());
        }
        return new Reranker(w, depth);
    }

    /** The weights file's text for these weights. */
    public String format(String comment) {
        StringBuilder out = new StringBuilder();
        for (String line : comment.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append("depth = ").append(depth).append('\n');
        for (int i = 0; i < weights.length; i++) {
            out.append(RerankFeatures.NAMES.get(i)).append(" = ").append(String.format(Locale.ROOT, "%.4f", weights[i])).append('\n');
        }
        return out.toString();
    }

    /** Which features a comma-separated list of names names ({@code all} for every one). */
    public static boolean[] featureMask(String names) {
        boolean[] mask = new boolean[RerankFeatures.NAMES.size()];
        for (String raw : names.split(",")) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                java.util.Arrays.fill(mask, true);
            } else if (!name.isEmpty()) {
                int index = RerankFeatures.NAMES.indexOf(name);
                if (index < 0) {
                    throw new IllegalArgumentException("unknown reranker feature: " + name + " (known: " + String.join(",", RerankFeatures.NAMES) + ")");
                }
                mask[index] = true;
            }
        }
        return mask;
    }

    /** Whether it keeps the fusion's order: a positive weight on the fused score alone. */
    public boolean keepsOrder() {
        for (int i = 1; i < weights.length; i++) {
            if (weights[i] != 0) {
                return false;
            }
        }
        return weights[0] > 0;
    }

    public int depth() {
        return depth;
    }

    double[] weights() {
        return weights.clone();
    }

    double score(double[] features) {
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * features[i];
        }
        return s;
    }

    /** The reranker's scores of the fusion's first articles, in the fusion's order. */
    double[] scores(String question, List<RerankFeatures.Candidate> head, BigramStats stats) {
        double[][] features = RerankFeatures.of(question, head, stats);
        double[] scores = new double[head.size()];
        for (int i = 0; i < head.size(); i++) {
            scores[i] = score(features[i]);
        }
        return scores;
    }

    /** A learning example: a fused candidate's identity (to match it with the right answers) and features. */
    public record Row(String source, String documentTitle, String label, double[] features) {
    }

    @Override
    public String toString() {
        return "Reranker" + Arrays.toString(weights) + "@" + depth;
    }
}
