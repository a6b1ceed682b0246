package cn.gongkai.applications.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "application_detail")
public class ApplicationDetailEntity {
    @Id
    @Column(name = "application_id")
    public String applicationId;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(name = "tracking_number", nullable = false)
    public String trackingNumber;
    @Column(name = "query_code_hash", nullable = false)
    public byte[] queryCodeHash;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_fingerprint", nullable = false)
    public byte[] requestFingerprint;
    @Column(name = "applicant_key_hash", nullable = false)
    public byte[] applicantKeyHash;
    @Column(name = "applicant_masked", nullable = false)
    public String applicantMasked;
    @Column(name = "personal_data", nullable = false)
    public byte[] personalData;
    @Column(nullable = false)
    public String description;
    @Column(name = "document_title")
    public String documentTitle;
    @Column(name = "document_number")
    public String documentNumber;
    public String purpose;
    @Column(name = "delivery_form", nullable = false)
    public String deliveryForm;
    @Column(name = "delivery_method", nullable = false)
    public String deliveryMethod;
    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;
}
