package cn.gongkai.persistence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;

@Entity
@Table(name = "application_deadline")
@IdClass(ApplicationDeadlineEntity.Key.class)
public class ApplicationDeadlineEntity {
    @Id
    @Column(name = "application_id")
    public String applicationId;
    @Id
    public String kind;
    @Column(nullable = false)
    public String state;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "remaining_working_days", nullable = false)
    public int remainingWorkingDays;
    @Column(nullable = false)
    public boolean provisional;
    @Column(name = "calendar_version", nullable = false)
    public String calendarVersion;

    public static class Key implements Serializable {
        public String applicationId;
        public String kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && java.util.Objects.equals(applicationId, other.applicationId) && java.util.Objects.equals(kind, other.kind);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(applicationId, kind);
        }
    }
}
