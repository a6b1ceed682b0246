package cn.gongkai.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who does something, on which date it takes effect, and when it is recorded.
 *
 * @param on the date the step took effect (staff may record a step of an earlier day)
 * @param at the moment of recording, from the application's clock
 */
public record Step(LocalDate on, Instant at, Actor actor, String note) {
    public Step {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }

    public Step(LocalDate on, Instant at, Actor actor) {
        this(on, at, actor, null);
    }
}
