package cn.gongkai.persistence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The derived state of an application, for queries; the events are the record. */
@Entity
@Table(name = "application")
public class ApplicationEntity {
    @Id
    public String id;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(name = "applicant_kind", nullable = false)
    public String applicantKind;
    @Column(nullable = false)
    public String channel;
    @Column(nullable = false)
    public String stage;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    public String outcome;
    /** The day it was closed (the reply, withdrawal or abandonment took effect); null while open. */
    @Column(name = "closed_on")
    public LocalDate closedOn;
    @Column(nullable = false)
    public int version;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    /** The queue's order (V22): the earliest running deadline but the extended reply's, kept by the store. */
    @Column(name = "next_due")
    public LocalDate nextDue;
    @Column(name = "next_due_provisional", nullable = false)
    public boolean nextDueProvisional;
}
