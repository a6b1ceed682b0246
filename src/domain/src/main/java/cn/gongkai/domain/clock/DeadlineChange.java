package cn.gongkai.domain.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A deadline that moved when it was computed again, e.g. on a calendar with a holiday announced late. */
public record DeadlineChange(String applicationId, DeadlineKind kind, LocalDate before, LocalDate after,
                             String calendarBefore, String calendarAfter) {

    /** The deadlines whose last day differs between what was stored and what the clock says now. */
    public static List<DeadlineChange> compare(String applicationId, Map<DeadlineKind, LocalDate> stored,
                                               String storedCalendar, Deadlines now) {
        List<DeadlineChange> changes = new ArrayList<>();
        for (Deadline deadline : now.all()) {
            LocalDate was = stored.get(deadline.kind());
            if (stored.containsKey(deadline.kind()) && !Objects.equals(was, deadline.due())) {
                changes.add(new DeadlineChange(applicationId, deadline.kind(), was, deadline.due(),
                        storedCalendar, now.calendarVersion()));
            }
        }
        return changes;
    }
}
