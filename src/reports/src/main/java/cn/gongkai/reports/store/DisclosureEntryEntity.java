package cn.gongkai.reports.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of the proactive disclosure register (table 二). */
@Entity
@Table(name = "disclosure_entry")
public class DisclosureEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(nullable = false)
    public String kind;
    public String title;
    public String reference;
    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "end_on")
    public LocalDate endOn;
    @Column(nullable = false)
    public long quantity;
    @Column(name = "amount_yuan")
    public BigDecimal amountYuan;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
