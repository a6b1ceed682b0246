package cn.gongkai.reports.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A generated report, frozen with its generation time: the data in the check schema's JSON. */
@Entity
@Table(name = "annual_report_snapshot")
public class ReportSnapshotEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public String scope;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String format;
    @Column(name = "generated_at", nullable = false)
    public Instant generatedAt;
    @Column(name = "generated_by", nullable = false)
    public String generatedBy;
    @Column(nullable = false)
    public String data;
}
