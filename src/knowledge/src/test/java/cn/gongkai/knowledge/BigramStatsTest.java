package cn.gongkai.knowledge;

import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BigramStatsTest {

    private static int bigram(String two) {
        return two.charAt(0) << 16 | two.charAt(1);
    }

    @Test
    void documentFrequenciesAndTheirWeights() {
        BigramStats stats = BigramStats.of(Stream.of("政府信息公开", "政府信息政府", "电子证照").map(TextStats::of).toList());
        assertThat(stats.frequency(bigram("政府"))).isEqualTo(2); // counted once per text
        assertThat(stats.frequency(bigram("证照"))).isEqualTo(1);
        assertThat(stats.frequency(bigram("收费"))).isZero();
        assertThat(stats.idf(bigram("证照"))).isGreaterThan(stats.idf(bigram("政府")));
        assertThat(stats.idf(bigram("收费"))).isGreaterThan(stats.idf(bigram("证照")));
        assertThat(stats.averageLength()).isEqualTo(16 / 3.0);
        TextStats text = TextStats.of("政府信息政府");
        assertThat(text.count(bigram("政府"))).isEqualTo(2);
        assertThat(text.count(bigram("息政"))).isEqualTo(1);
        assertThat(text.hasChar('信')).isTrue();
        assertThat(text.hasChar('证')).isFalse();
    }
}
