package cn.gongkai.persistence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "application_event")
@IdClass(ApplicationEventEntity.Key.class)
public class ApplicationEventEntity {
    @Id
    @Column(name = "application_id")
    public String applicationId;
    @Id
    public int sequence;
    @Column(nullable = false)
    public String action;
    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "actor_id", nullable = false)
    public String actorId;
    @Column(name = "actor_role", nullable = false)
    public String actorRole;
    public String note;
    public String channel;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "working_days")
    public Integer workingDays;
    @Column(name = "pause_kind")
    public String pauseKind;
    public String party;
    public String outcome;
    @Column(name = "amount_yuan")
    public Long amountYuan;

    public static class Key implements Serializable {
        public String applicationId;
        public int sequence;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && java.util.Objects.equals(applicationId, other.applicationId) && java.util.Objects.equals(sequence, other.sequence);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(applicationId, sequence);
        }
    }
}
