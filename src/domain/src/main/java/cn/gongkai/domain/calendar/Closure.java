package cn.gongkai.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** Days an agency's office is closed by its own decision, added to the national calendar by configuration. */
public record Closure(LocalDate from, LocalDate to, String reason) {
    public Closure {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("closure ends before it starts: " + from + "~" + to);
        }
        reason = reason == null || reason.isBlank() ? DayKind.CLOSURE.displayName() : reason;
    }
}
