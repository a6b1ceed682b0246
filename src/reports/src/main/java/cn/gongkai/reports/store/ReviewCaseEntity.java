package cn.gongkai.reports.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A reconsideration or lawsuit about the agency's disclosure work (table 四). */
@Entity
@Table(name = "review_case")
public class ReviewCaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(name = "case_number", nullable = false)
    public String caseNumber;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String result;
    @Column(name = "filed_on", nullable = false)
    public LocalDate filedOn;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    public String note;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
