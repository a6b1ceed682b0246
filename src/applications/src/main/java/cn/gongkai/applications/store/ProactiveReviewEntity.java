package cn.gongkai.applications.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "proactive_review")
public class ProactiveReviewEntity {
    @Id
    @Column(name = "application_id")
    public String applicationId;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(nullable = false)
    public boolean publish;
    @Column(nullable = false)
    public String reason;
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;
}
