package cn.gongkai.reminders;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the reminder scan finds deadlines. A new kind of deadline is a new bean implementing this; the scan does not
 * change. A source returns its open deadlines due by {@code horizon}, the missed ones included.
 */
public interface DeadlineSource {
    List<DueDeadline> dueBy(LocalDate asOf, LocalDate horizon);
}
