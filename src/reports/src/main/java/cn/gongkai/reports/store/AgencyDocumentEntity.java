package cn.gongkai.reports.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One of the agency's own documents and its disclosure attribute (公开属性). */
@Entity
@Table(name = "agency_document")
public class AgencyDocumentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(nullable = false)
    public String title;
    @Column(name = "doc_number")
    public String docNumber;
    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;
    @Column(nullable = false)
    public String attribute;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
