package cn.gongkai.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.CreationTimestamp;

import java.time.OffsetDateTime;

@Entity
@Table(name = "agency")
public class AgencyEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    public static AgencyEntity of(String id, String name) {
        AgencyEntity agency = new AgencyEntity();
        agency.id = id;
        agency.name = name;
        return agency;
    }
}
