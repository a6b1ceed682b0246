package cn.gongkai.applications.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

@Entity
@Table(name = "lookup_failure")
public class LookupFailureEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "client_key", nullable = false)
    public String clientKey;
    @Column(name = "failed_at", nullable = false)
    public OffsetDateTime failedAt;
}
