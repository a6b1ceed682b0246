package cn.gongkai.persistence.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "agency_closure")
public class AgencyClosureEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agency_id", nullable = false)
    public String agencyId;
    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;
    @Column(name = "to_date", nullable = false)
    public LocalDate toDate;
    @Column(nullable = false)
    public String reason;
}
