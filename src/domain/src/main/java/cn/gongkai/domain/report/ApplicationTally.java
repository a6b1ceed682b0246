package cn.gongkai.domain.report;

import cn.gongkai.domain.application.ApplicantKind;
import cn.gongkai.domain.application.Outcome;

import java.util.EnumMap;
import java.util.Map;

/**
 * Applications counted for one year's table 三, by applicant kind: received this year, carried in from last year,
 * closed this year by outcome, and still open at the year's end.
 */
public final class ApplicationTally {
    private final long[] received = new long[ApplicantKind.values().length];
    private final long[] carriedIn = new long[ApplicantKind.values().length];
    private final long[] carriedOut = new long[ApplicantKind.values().length];
    private final Map<Outcome, long[]> closed = new EnumMap<>(Outcome.class);

    public void addReceived(ApplicantKind kind, long count) {
        received[kind.ordinal()] += count;
    }

    public void addCarriedIn(ApplicantKind kind, long count) {
        carriedIn[kind.ordinal()] += count;
    }

    public void addCarriedOut(ApplicantKind kind, long count) {
        carriedOut[kind.ordinal()] += count;
    }

    public void addClosed(ApplicantKind kind, Outcome outcome, long count) {
        closed.computeIfAbsent(outcome, o -> new long[ApplicantKind.values().length])[kind.ordinal()] += count;
    }

    /** Adds another tally (for summaries). */
    public void addAll(ApplicationTally other) {
        for (ApplicantKind kind : ApplicantKind.values()) {
            int i = kind.ordinal();
            received[i] += other.received[i];
            carriedIn[i] += other.carriedIn[i];
            carriedOut[i] += other.carriedOut[i];
        }
        other.closed.forEach((outcome, counts) -> {
            for (ApplicantKind kind : ApplicantKind.values()) {
                addClosed(kind, outcome, counts[kind.ordinal()]);
            }
        });
    }

    public long received(ApplicantKind kind) {
        return received[kind.ordinal()];
    }

    public long carriedIn(ApplicantKind kind) {
        return carriedIn[kind.ordinal()];
    }

    public long carriedOut(ApplicantKind kind) {
        return carriedOut[kind.ordinal()];
    }

    public long closed(ApplicantKind kind, Outcome outcome) {
        long[] counts = closed.get(outcome);
        return counts == null ? 0 : counts[kind.ordinal()];
    }
}
