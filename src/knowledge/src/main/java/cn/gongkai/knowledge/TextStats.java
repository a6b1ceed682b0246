package cn.gongkai.knowledge;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * A text's Chinese wording as the reranker compares it with a question: its distinct character bigrams (sorted,
 * with how often each occurs), its distinct content characters (sorted) and its length. Computed once per article
 * when the index is opened, so a search only looks the question's few bigrams up.
 */
record TextStats(int[] bigrams, int[] bigramCounts, int[] chars, int length) {

    static TextStats of(String text) {
        Map<Integer, Integer> counts = RerankFeatures.bigramCounts(text);
        int[] bigrams = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] frequencies = new int[bigrams.length];
        for (int i = 0; i < bigrams.length; i++) {
            frequencies[i] = counts.get(bigrams[i]);
        }
        Set<Integer> chars = RerankFeatures.hanChars(text);
        return new TextStats(bigrams, frequencies, chars.stream().mapToInt(Integer::intValue).sorted().toArray(),
                text.length());
    }

    /** How often the bigram occurs; 0 when it does not. */
    int count(int bigram) {
        int i = Arrays.binarySearch(bigrams, bigram);
        return i >= 0 ? bigramCounts[i] : 0;
    }

    boolean hasChar(int c) {
        return Arrays.binarySearch(chars, c) >= 0;
    }
}
