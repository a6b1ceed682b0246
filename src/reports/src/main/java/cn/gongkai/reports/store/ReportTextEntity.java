package cn.gongkai.reports.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A text section (一, 五, 六) staff wrote for a year's report, replacing the draft. */
@Entity
@Table(name = "annual_report_text")
@IdClass(ReportTextEntity.Key.class)
public class ReportTextEntity {
    @Id
    @Column(name = "agency_id")
    public String agencyId;
    @Id
    public int year;
    @Id
    public String section;
    @Column(nullable = false)
    public String body;
    @Column(name = "written_by", nullable = false)
    public String writtenBy;
    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    public static class Key implements Serializable {
        public String agencyId;
        public int year;
        public String section;

        public Key() {
        }

        public Key(String agencyId, int year, String section) {
            this.agencyId = agencyId;
            this.year = year;
            this.section = section;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(agencyId, k.agencyId) && year == k.year && Objects.equals(section, k.section);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, year, section);
        }
    }
}
