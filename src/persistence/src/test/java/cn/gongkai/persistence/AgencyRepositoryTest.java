package cn.gongkai.persistence;

import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AgencyRepositoryTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AgencyRepository agencies;

    @Test
    void migrationsRanAtStartOnPostgres() throws SQLException {
        assertThat(flyway.info().current().getVersion().getVersion()).isNotBlank();
        assertThat(flyway.info().pending()).isEmpty();
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getCatalog()).isEqualTo(EmbeddedDatabase.DATABASE);
        }
    }

    @Test
    @Transactional
    void anAgencyIsStoredAndReadBack() {
        agencies.persist(AgencyEntity.of("gov-bj-dongcheng", "北京市东城区人民政府办公室"));
        agencies.flush();
        agencies.getEntityManager().clear();

        AgencyEntity stored = agencies.findById("gov-bj-dongcheng");

        assertThat(stored.name).isEqualTo("北京市东城区人民政府办公室");
        assertThat(stored.createdAt).isNotNull();
        assertThat(agencies.listByName()).extracting(agency -> agency.id).contains("gov-bj-dongcheng");
    }
}
