package cn.gongkai.domain.calendar;

import java.time.LocalDate;

/** One date with its kind and, for holidays, make-up days and closures, the name of the occasion. */
public record Day(LocalDate date, DayKind kind, String name) {
    public boolean isWorking() {
        return kind.isWorking();
    }
}
