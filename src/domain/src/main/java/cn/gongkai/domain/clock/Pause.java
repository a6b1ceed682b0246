package cn.gongkai.domain.clock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A consultation: sent on {@code from}, answered on {@code to} (null while it runs). The working days in
 * (from, to] are not counted toward the reply period.
 */
public record Pause(PauseKind kind, LocalDate from, LocalDate to) {
    public Pause {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(from);
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("pause ends before it starts");
        }
    }

    public boolean isOpen() {
        return to == null;
    }

    public Pause endedOn(LocalDate date) {
        return new Pause(kind, from, date);
    }
}
