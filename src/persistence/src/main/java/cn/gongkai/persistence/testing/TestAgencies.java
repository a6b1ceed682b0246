package cn.gongkai.persistence.testing;

import cn.gongkai.persistence.AgencyEntity;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.UUID;

/** A fresh agency per test, so tests sharing one database never see each other's applications. */
public final class TestAgencies {
    private TestAgencies() {
    }

    public static String create() {
        String id = "agency-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().persist(AgencyEntity.of(id, "测试区人民政府办公室")));
        return id;
    }
}
