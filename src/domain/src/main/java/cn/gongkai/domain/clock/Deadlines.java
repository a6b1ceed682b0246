package cn.gongkai.domain.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All the time limits of one application, computed on one calendar version. */
public record Deadlines(
        Deadline supplementNotice,
        Deadline supplementReply,
        Deadline reply,
        Deadline extendedReply,
        Deadline consultation,
        String calendarVersion) {

    public List<Deadline> all() {
        List<Deadline> all = new ArrayList<>(5);
        for (Deadline d : new Deadline[]{supplementNotice, supplementReply, reply, extendedReply, consultation}) {
            if (d != null) {
                all.add(d);
            }
        }
        return all;
    }

    public Optional<Deadline> get(DeadlineKind kind) {
        return all().stream().filter(d -> d.kind() == kind).findFirst();
    }

    public boolean provisional() {
        return anyProvisional(all());
    }

    /** Whether any of these deadlines is provisional (the receipt awaits confirmation). */
    public static boolean anyProvisional(Collection<Deadline> deadlines) {
        return deadlines.stream().anyMatch(Deadline::provisional);
    }

    /**
     * The date the office must next act by, as the staff queue orders its cases: the earliest running deadline
     * other than the extended reply's (the reply's own deadline comes first; after an extension it is no longer
     * running). Empty when none runs.
     */
    public static Optional<LocalDate> nextDue(Collection<Deadline> deadlines) {
        return next(deadlines).map(Deadline::due).min(Comparator.naturalOrder());
    }

    /** Whether a deadline falling on {@link #nextDue} relies on a year whose holiday arrangement is not published. */
    public static boolean nextDueProvisional(Collection<Deadline> deadlines) {
        Optional<LocalDate> due = nextDue(deadlines);
        return due.isPresent() && next(deadlines).anyMatch(d -> d.due().equals(due.get()) && d.provisional());
    }

    private static java.util.stream.Stream<Deadline> next(Collection<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.kind() != DeadlineKind.EXTENDED_REPLY && d.state() == DeadlineState.RUNNING)
                .filter(d -> d.due() != null);
    }
}
