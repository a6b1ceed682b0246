package cn.gongkai.domain.reminder;

import cn.gongkai.domain.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When an agency is warned about a deadline: some working days before it (by default 5, 3 and 1), on the day, and
 * when it is missed. A run that missed days sends only the most urgent tier reached, not every one it skipped; a run
 * on a non-working day sends nothing unless a deadline has passed.
 */
public record ReminderPolicy(List<Integer> workingDaysBefore, boolean onTheDay, boolean escalateOverdue) {

    public static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(5, 3, 1), true, true);

    public ReminderPolicy {
        workingDaysBefore = workingDaysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        workingDaysBefore.forEach(ReminderTier::before);
    }

    /** The furthest ahead a run must look: deadlines due up to this many working days after the run's day. */
    public int horizon() {
        return workingDaysBefore.isEmpty() ? 0 : workingDaysBefore.getFirst();
    }

    /** The tier a deadline due on {@code due} is in when a run happens on {@code today}, if any. */
    public Optional<ReminderTier> tierFor(LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        if (today.isAfter(due)) {
            return escalateOverdue ? Optional.of(ReminderTier.overdue()) : Optional.empty();
        }
        if (!calendar.isWorkingDay(today)) {
            return Optional.empty();
        }
        if (today.equals(due)) {
            return onTheDay ? Optional.of(ReminderTier.dueToday()) : Optional.empty();
        }
        int left = calendar.workingDaysBetween(today, due);
        return workingDaysBefore.stream().filter(n -> left <= n).min(Comparator.naturalOrder()).map(ReminderTier::before);
    }
}
