package cn.gongkai.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Table(name = "consultation")
public class ConsultationEntity {
    @Id
    public String id;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(nullable = false)
    public byte[] question;
    public byte[] contact;
    @Column(nullable = false)
    public boolean simple;
    @Column(name = "asked_on", nullable = false)
    public LocalDate askedOn;
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;
    @Column(name = "lookup_hash", nullable = false, unique = true)
    public byte[] lookupHash;
    public String reply;
    @Column(name = "replied_on")
    public LocalDate repliedOn;
    @Column(name = "replied_by")
    public String repliedBy;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Version
    public int version;
}
