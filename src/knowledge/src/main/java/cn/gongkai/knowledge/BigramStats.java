package cn.gongkai.knowledge;

import java.util.Arrays;
import java.util.Collection;

/**
 * Document frequencies of Chinese character bigrams over a set of texts (an index's articles), for weighing
 * bigrams by their inverse document frequency: sorted keys and their counts in two arrays (a corpus of 6,689
 * articles holds about 300,000 distinct bigrams), looked up by binary search.
 */
final class BigramStats {

    private final int[] keys;
    private final int[] counts;
    private final int texts;
    private final double averageLength;

    private BigramStats(int[] keys, int[] counts, int texts, double averageLength) {
        this.keys = keys;
        this.counts = counts;
        this.texts = texts;
        this.averageLength = averageLength;
    }

    static BigramStats of(Collection<TextStats> texts) {
        int[] all = new int[1024];
        int size = 0;
        long length = 0;
        for (TextStats text : texts) {
            int[] distinct = text.bigrams();
            length += text.length();
            if (size + distinct.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, size + distinct.length));
            }
            System.arraycopy(distinct, 0, all, size, distinct.length);
            size += distinct.length;
        }
        Arrays.sort(all, 0, size);
        int[] keys = new int[size];
        int[] counts = new int[size];
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (distinct > 0 && keys[distinct - 1] == all[i]) {
                counts[distinct - 1]++;
            } else {
                keys[distinct] = all[i];
                counts[distinct++] = 1;
            }
        }
        return new BigramStats(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct), texts.size(),
                texts.isEmpty() ? 0 : length / (double) texts.size());
    }

    /** How many texts hold the bigram. */
    int frequency(int bigram) {
        int i = Arrays.binarySearch(keys, bigram);
        return i >= 0 ? counts[i] : 0;
    }

    /** BM25's inverse document frequency, ln(1 + (N − n + 0.5) / (n + 0.5)). */
    double idf(int bigram) {
        int n = frequency(bigram);
        return Math.log1p((texts - n + 0.5) / (n + 0.5));
    }

    double averageLength() {
        return averageLength;
    }
}
