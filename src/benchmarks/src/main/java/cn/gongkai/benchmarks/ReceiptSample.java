package cn.gongkai.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** A fixed, seeded sample of receipt dates in the years the calendar has published data for, with period lengths. */
final class ReceiptSample {
    static final int SIZE = 1024;
    static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 31);
    static final int MAX_WORKING_DAYS = 40;

    final LocalDate[] received = new LocalDate[SIZE];
    final int[] workingDays = new int[SIZE];

    ReceiptSample(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = FIRST.toEpochDay();
        long span = LAST.toEpochDay() - first + 1;
        for (int i = 0; i < SIZE; i++) {
            received[i] = LocalDate.ofEpochDay(first + random.nextLong(span));
            workingDays[i] = 1 + random.nextInt(MAX_WORKING_DAYS);
        }
    }
}
