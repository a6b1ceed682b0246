package cn.gongkai.domain.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
        return deadlines.stream().filter(d -> d.kind() != DeadlineKind.EXTENDED_REPLY && d.state() == DeadlineState.RUNNING)
                .map(Deadline::due).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }
}
