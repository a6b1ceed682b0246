package cn.gongkai.benchmarks;

import cn.gongkai.domain.calendar.WorkingDayCalendar;
import cn.gongkai.domain.clock.ClockFacts;
import cn.gongkai.domain.clock.StatutoryClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * How many deadlines a second one thread computes: the calendar's n-th working day lookup alone, and the full set of
 * an application's deadlines with their provisional flags. Each invocation walks the whole sample, so that no single
 * date's place in the tables decides the figure; the score is per deadline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeadlineBenchmark {
    private WorkingDayCalendar calendar;
    private StatutoryClock clock;
    private LocalDate[] received;
    private int[] workingDays;

    @Setup
    public void setUp() {
        calendar = WorkingDayCalendar.builtIn();
        clock = new StatutoryClock(calendar);
        ReceiptSample sample = new ReceiptSample(20190515L);
        received = sample.received;
        workingDays = sample.workingDays;
    }

    @Benchmark
    @OperationsPerInvocation(ReceiptSample.SIZE)
    public void workingDaysAfter(Blackhole bh) {
        for (int i = 0; i < ReceiptSample.SIZE; i++) {
            bh.consume(calendar.workingDaysAfter(received[i], workingDays[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ReceiptSample.SIZE)
    public void deadlinesOfAReceipt(Blackhole bh) {
        for (int i = 0; i < ReceiptSample.SIZE; i++) {
            bh.consume(clock.deadlines(ClockFacts.receivedOn(received[i])));
        }
    }
}
