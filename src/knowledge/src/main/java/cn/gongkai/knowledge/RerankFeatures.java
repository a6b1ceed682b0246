package cn.gongkai.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What the {@link Reranker} knows of each of the fused list's first articles, every feature scaled to about [0, 1]:
 * the fusion's own evidence (BM25, dense cosine, the fused score, their ranks in the list), the article's document
 * (its best fused score, its rank among the documents, the article's rank within it), and how much of the question's
 * wording the article's text, its headings and its document's title contain (Chinese characters and character
 * bigrams, which the word segmenter may split differently in question and law), its length and whether it is an
 * article or an untitled section.
 */
final class RerankFeatures {

    /** The features' names, in order: the keys of the reranker's weights file. */
    static final List<String> NAMES = List.of("fused", "bm25", "dense", "bm25_rank", "dense_rank", "doc_best",
            "doc_rank", "rank_in_doc", "bigram_cover", "char_cover", "title_in_question", "heading_cover", "length",
            "section", "bigram_idf_cover", "bigram_bm25");

    /** One candidate article as the fusion ranked it. */
    record Candidate(String unit, String documentId, String documentTitle, String headings, TextStats text,
                     boolean section, double bm25, double dense, double fused) {
    }

    /** Characters of a question that say nothing of its subject (question words, particles, pronouns). */
    private static final String FUNCTION_CHARS = "的了吗呢吧啊么什怎样哪谁我你他她它们是否可以能会要该在有和与或及把被对就都也还又很这那些个";

    private RerankFeatures() {
    }

    /** The features of each candidate, in the list's order. */
    static double[][] of(String question, List<Candidate> candidates, BigramStats stats) {
        int n = candidates.size();
        double[][] out = new double[n][NAMES.size()];
        if (n == 0) {
            return out;
        }
        Set<Integer> chars = hanChars(question);
        Set<Integer> bigrams = bigrams(question);
        Map<Integer, Double> idf = new HashMap<>();
        double idfTotal = 0;
        for (int b : bigrams) {
            double w = stats.idf(b);
            idf.put(b, w);
            idfTotal += w;
        }
        double[] bigramBm25 = new double[n];
        double maxBigramBm25 = 0;
        double maxFused = 0;
        double maxBm25 = 0;
        double minDense = Double.POSITIVE_INFINITY;
        double maxDense = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            maxFused = Math.max(maxFused, c.fused());
            maxBm25 = Math.max(maxBm25, c.bm25());
            if (!Double.isNaN(c.dense())) {
                minDense = Math.min(minDense, c.dense());
                maxDense = Math.max(maxDense, c.dense());
            }
        }
        int[] bm25Rank = ranks(candidates, Candidate::bm25);
        int[] denseRank = ranks(candidates, c -> Double.isNaN(c.dense()) ? 0 : c.dense() + 2);
        // documents in the order of their best article; an article's rank within its document
        Map<String, Integer> docRank = new HashMap<>();
        Map<String, Double> docBest = new HashMap<>();
        Map<String, Integer> seenInDoc = new HashMap<>();
        int[] inDoc = new int[n];
        List<Integer> byFused = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byFused.add(i);
        }
        byFused.sort(Comparator.comparingDouble((Integer i) -> candidates.get(i).fused()).reversed());
        for (int i : byFused) {
            Candidate c = candidates.get(i);
            docRank.putIfAbsent(c.documentId(), docRank.size() + 1);
            docBest.putIfAbsent(c.documentId(), c.fused());
            inDoc[i] = seenInDoc.merge(c.documentId(), 1, Integer::sum);
        }
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            double[] f = out[i];
            TextStats text = c.text();
            double covered = 0;
            double bm25 = 0;
            int found = 0;
            double norm = 1.2 * (0.25 + 0.75 * text.length() / Math.max(1, stats.averageLength()));
            for (Map.Entry<Integer, Double> b : idf.entrySet()) {
                int tf = text.count(b.getKey());
                if (tf > 0) {
                    found++;
                    covered += b.getValue();
                    bm25 += b.getValue() * tf * 2.2 / (tf + norm);
                }
            }
            f[14] = idfTotal > 0 ? covered / idfTotal : 0;
            bigramBm25[i] = bm25;
            maxBigramBm25 = Math.max(maxBigramBm25, bm25);
            f[0] = maxFused > 0 ? c.fused() / maxFused : 0;
            f[1] = maxBm25 > 0 ? c.bm25() / maxBm25 : 0;
            f[2] = Double.isNaN(c.dense()) || maxDense <= minDense ? 0 : (c.dense() - minDense) / (maxDense - minDense);
            f[3] = bm25Rank[i] > 0 ? 1.0 / bm25Rank[i] : 0;
            f[4] = denseRank[i] > 0 ? 1.0 / denseRank[i] : 0;
            f[5] = maxFused > 0 ? docBest.get(c.documentId()) / maxFused : 0;
            f[6] = 1.0 / docRank.get(c.documentId());
            f[7] = 1.0 / inDoc[i];
            f[8] = bigrams.isEmpty() ? 0 : found / (double) bigrams.size();
            f[9] = cover(chars, text::hasChar);
            Set<Integer> titleBigrams = bigrams(Catalog.normalize(c.documentTitle()));
            f[10] = cover(titleBigrams, bigrams::contains);
            f[11] = cover(bigrams, bigrams(c.headings() + " " + c.documentTitle())::contains);
            f[12] = Math.min(1.5, Math.log1p(text.length()) / Math.log(1000));
            f[13] = c.section() ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            out[i][15] = maxBigramBm25 > 0 ? bigramBm25[i] / maxBigramBm25 : 0;
        }
        return out;
    }

    /** The share of {@code wanted} found in {@code present}; 0 when nothing is wanted. */
    static double cover(Set<Integer> wanted, IntPredicate present) {
        if (wanted.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (int w : wanted) {
            if (present.test(w)) {
                found++;
            }
        }
        return found / (double) wanted.size();
    }

    /** The distinct Chinese characters of a text, function characters aside. */
    static Set<Integer> hanChars(String text) {
        Set<Integer> out = new HashSet<>();
        text.codePoints().filter(RerankFeatures::content).forEach(out::add);
        return out;
    }

    /** The distinct pairs of adjacent Chinese characters of a text (pairs of two function characters aside). */
    static Set<Integer> bigrams(String text) {
        return bigramCounts(text).keySet();
    }

    /** How often each pair of adjacent Chinese characters occurs in a text (pairs of two function characters aside). */
    static Map<Integer, Integer> bigramCounts(String text) {
        Map<Integer, Integer> out = new HashMap<>();
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                previous = -1;
                continue;
            }
            if (previous >= 0 && (content(previous) || content(c))) {
                out.merge(previous << 16 | c, 1, Integer::sum);
            }
            previous = c;
        }
        return out;
    }

    private static boolean content(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && FUNCTION_CHARS.indexOf(c) < 0;
    }

    /** 1-based ranks by a score, highest first; 0 where the score is 0 or less (not in that list). */
    private static int[] ranks(List<Candidate> candidates, java.util.function.ToDoubleFunction<Candidate> score) {
        int n = candidates.size();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (score.applyAsDouble(candidates.get(i)) > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> score.applyAsDouble(candidates.get(i))).reversed());
        int[] out = new int[n];
        for (int r = 0; r < order.size(); r++) {
            out[order.get(r)] = r + 1;
        }
        return out;
    }
}
