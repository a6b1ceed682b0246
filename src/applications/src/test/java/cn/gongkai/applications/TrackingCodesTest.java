package cn.gongkai.applications;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodesTest {
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    @Test
    void numbersCarryTheDayAndCodesUseOnlyTheAlphabet() {
        TrackingCodes codes = new TrackingCodes();
        assertThat(codes.trackingNumber(LocalDate.of(2026, 12, 2))).matches("GK261202[" + ALPHABET + "]{8}");
        assertThat(codes.queryCode()).matches("[" + ALPHABET + "]{8}");
        java.util.UUID id = java.util.UUID.fromString(codes.applicationId());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(codes.applicationId()).isNotEqualTo(id.toString());
    }

    @Test
    void applicationIdsCarryTheirMillisecondFirstSoLaterOnesSortAfter() throws InterruptedException {
        TrackingCodes codes = new TrackingCodes();
        long before = System.currentTimeMillis();
        String first = codes.applicationId();
        long after = System.currentTimeMillis();
        long stamp = java.util.UUID.fromString(first).getMostSignificantBits() >>> 16;
        assertThat(stamp).isBetween(before, after);
        Thread.sleep(2);
        String later = codes.applicationId();
        assertThat(later).isGreaterThan(first); // as text too: the primary keys are text columns
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            distinct.add(codes.applicationId()); // many in one millisecond, told apart by their 74 random bits
        }
        assertThat(distinct).hasSize(10_000);
    }

    @Test
    void everyCharacterIsEquallyLikely() {
        // 200,000 characters: 6,452 expected of each, standard deviation about 79. A remainder without rejection
        // would give the first nine characters 12.5 % more (about 800, ten deviations); the bound is 5 deviations.
        TrackingCodes codes = new TrackingCodes();
        int[] counts = new int[ALPHABET.length()];
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < 25_000; i++) {
            String code = codes.queryCode();
            distinct.add(code);
            code.chars().forEach(c -> counts[ALPHABET.indexOf(c)]++);
        }
        double expected = 200_000.0 / ALPHABET.length();
        for (int i = 0; i < counts.length; i++) {
            assertThat((double) counts[i]).as("count of %s", ALPHABET.charAt(i)).isBetween(expected - 400, expected + 400);
        }
        assertThat(distinct).hasSize(25_000);
    }
}
