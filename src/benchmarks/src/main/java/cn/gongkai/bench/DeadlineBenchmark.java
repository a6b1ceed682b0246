package cn.gongkai.bench;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.Deadlines;
import cn.gongkai.domain.clock.StatutoryClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Deadlines per second on one thread: the calendar's table lookup of the n-th working day, an application's full
 * deadlines, and a day-by-day count of the 20th working day for contrast. Each call takes the next date of a fixed
 * random sample, so that no single date's place in the calendar decides the figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class DeadlineBenchmark {
    private static final int SAMPLE_SIZE = 4096;
    private static final int SAMPLE_MASK = SAMPLE_SIZE - 1;
    private static final long SEED = 20190515L;
    private static final LocalDate FIRST_RECEIPT = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST_RECEIPT = LocalDate.of(2026, 12, 31);
    private static final int MAX_WORKING_DAYS = 40;
    private static final int REPLY_WORKING_DAYS = 20;

    private WorkingDayCalendar calendar;
    private StatutoryClock clock;
    private final LocalDate[] received = new LocalDate[SAMPLE_SIZE];
    private final int[] workingDays = new int[SAMPLE_SIZE];
    private int next;

    @Setup
    public void setUp() {
        calendar = WorkingDayCalendar.builtIn();
        clock = new StatutoryClock(calendar);
        SplittableRandom random = new SplittableRandom(SEED);
        long first = FIRST_RECEIPT.toEpochDay();
        long span = LAST_RECEIPT.toEpochDay() - first + 1;
        for (int i = 0; i < SAMPLE_SIZE; i++) {
            received[i] = LocalDate.ofEpochDay(first + random.nextLong(span));
            workingDays[i] = 1 + random.nextInt(MAX_WORKING_DAYS);
        }
        for (LocalDate date : received) {
            if (!naiveWorkingDaysAfter(date, REPLY_WORKING_DAYS).equals(calendar.workingDaysAfter(date, REPLY_WORKING_DAYS))) {
                throw new IllegalStateException("the day-by-day count disagrees with the calendar for " + date);
            }
        }
    }

    @Benchmark
    public LocalDate workingDaysAfter() {
        int i = next++ & SAMPLE_MASK;
        return calendar.workingDaysAfter(received[i], workingDays[i]);
    }

    @Benchmark
    public Deadlines deadlines() {
        return clock.deadlines(ClockFacts.receivedOn(received[next++ & SAMPLE_MASK]));
    }

    @Benchmark
    public LocalDate naiveTwentiethWorkingDay() {
        return naiveWorkingDaysAfter(received[next++ & SAMPLE_MASK], REPLY_WORKING_DAYS);
    }

    private LocalDate naiveWorkingDaysAfter(LocalDate date, int n) {
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
