package cn.gongkai.domain.application;

import cn.gongkai.domain.clock.Channel;
import cn.gongkai.domain.clock.PauseKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded step of an application (Art. 45): what was done, the date it took effect, when it was recorded, by
 * whom and why. Only the fields its action uses are set.
 *
 * @param on          the date the step took effect, which the statutory clock counts from
 * @param recordedAt  when the step was written into the system
 * @param dueDate     for a supplement request: the date the applicant must supplement by
 * @param workingDays for an extension: the working days granted
 * @param amountYuan  for a fee notice: the information processing fee, in yuan
 */
public record ApplicationEvent(
        int sequence,
        Action action,
        LocalDate on,
        Instant recordedAt,
        Actor actor,
        String note,
        Channel channel,
        LocalDate dueDate,
        Integer workingDays,
        PauseKind pauseKind,
        String party,
        Outcome outcome,
        Long amountYuan) {

    public ApplicationEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(actor, "actor");
    }

    static Builder of(Action action, LocalDate on, Instant recordedAt, Actor actor) {
        return new Builder(action, on, recordedAt, actor);
    }

    static final class Builder {
        private final Action action;
        private final LocalDate on;
        private final Instant recordedAt;
        private final Actor actor;
        private String note;
        private Channel channel;
        private LocalDate dueDate;
        private Integer workingDays;
        private PauseKind pauseKind;
        private String party;
        private Outcome outcome;
        private Long amountYuan;

        private Builder(Action action, LocalDate on, Instant recordedAt, Actor actor) {
            this.action = action;
            this.on = on;
            this.recordedAt = recordedAt;
            this.actor = actor;
        }

        Builder note(String value) {
            note = value;
            return this;
        }

        Builder channel(Channel value) {
            channel = value;
            return this;
        }

        Builder dueDate(LocalDate value) {
            dueDate = value;
            return this;
        }

        Builder workingDays(int value) {
            workingDays = value;
            return this;
        }

        Builder consultation(PauseKind kind, String consulted) {
            pauseKind = kind;
            party = consulted;
            return this;
        }

        Builder outcome(Outcome value) {
            outcome = value;
            return this;
        }

        Builder amountYuan(long value) {
            amountYuan = value;
            return this;
        }

        ApplicationEvent build(int sequence) {
            return new ApplicationEvent(sequence, action, on, recordedAt, actor, note, channel, dueDate, workingDays,
                    pauseKind, party, outcome, amountYuan);
        }
    }
}
