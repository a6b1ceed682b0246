package cn.gongkai.domain.clock;

import java.time.LocalDate;

/**
 * One statutory time limit as it stands now.
 *
 * @param countedFrom          the day the count starts after (not itself counted)
 * @param workingDays          the working days the period has in all (extension included, pauses not)
 * @param due                  the last day, or null while {@link DeadlineState#PAUSED} or {@link DeadlineState#WAITING}
 *                             (kept when {@link DeadlineState#MET}: the day it was due by)
 * @param remainingWorkingDays when paused, how many working days will be left once the period runs again
 * @param provisional          the count relies on a year whose holiday arrangement is not yet published
 */
public record Deadline(
        DeadlineKind kind,
        DeadlineState state,
        LocalDate countedFrom,
        int workingDays,
        LocalDate due,
        int remainingWorkingDays,
        boolean provisional) {

    static Deadline running(DeadlineKind kind, LocalDate countedFrom, int workingDays, LocalDate due, boolean provisional) {
        return new Deadline(kind, DeadlineState.RUNNING, countedFrom, workingDays, due, 0, provisional);
    }

    /** This limit, with what it limits done: it no longer runs, warns or orders the queue. */
    Deadline met() {
        return new Deadline(kind, DeadlineState.MET, countedFrom, workingDays, due, 0, provisional);
    }
}
