package cn.gongkai.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRunTest {

    @Test
    void onlyServeWantsTheDatabase() {
        assertThat(LocalRun.isServe(new String[] {"serve"})).isTrue();
        assertThat(LocalRun.isServe(new String[] {"serve", "--help"})).isFalse();
        assertThat(LocalRun.isServe(new String[] {"deadline", "--received", "2026-03-02"})).isFalse();
        assertThat(LocalRun.isServe(new String[] {})).isFalse();
    }

    @Test
    void otherCommandsDeactivateTheDatabaseAndTheHttpPort() {
        Map<String, String> properties = LocalRun.forArguments(new String[] {"deadline"}, Map.of("DB_URL", "jdbc:postgresql://db/x")).properties();

        assertThat(properties)
                .containsEntry("quarkus.datasource.active", "false")
                .containsEntry("quarkus.hibernate-orm.active", "false")
                .containsEntry("quarkus.flyway.active", "false")
                .containsEntry("quarkus.http.host-enabled", "false")
                .doesNotContainKey("quarkus.datasource.jdbc.url");
    }

    @Test
    void serveUsesTheExternalDatabaseNamedByDbUrl() {
        Map<String, String> properties = LocalRun.forArguments(new String[] {"serve"},
                Map.of("DB_URL", "postgresql://db.example:5432/gongkai", "DB_USER", "gk", "DB_PASSWORD", "secret")).properties();

        assertThat(properties)
                .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/gongkai")
                .containsEntry("quarkus.datasource.username", "gk")
                .containsEntry("quarkus.datasource.password", "secret")
                .containsEntry("gongkai.database.mode", "external");
    }

    @Test
    void theAssistantReadsTheIndexBesideTheDataFolder() {
        Map<String, String> moved = LocalRun.forArguments(new String[] {"ask", "问题"},
                Map.of("GONGKAI_DATA_DIR", "/srv/gongkai/pgdata")).properties();
        Map<String, String> named = LocalRun.forArguments(new String[] {"ask", "问题"},
                Map.of("GONGKAI_DATA_DIR", "/srv/gongkai/pgdata", "GONGKAI_KB_DIR", "/srv/kb")).properties();
        Map<String, String> plain = LocalRun.forArguments(new String[] {"ask", "问题"}, Map.of()).properties();

        assertThat(moved).containsEntry("gongkai.assistant.index", "/srv/gongkai/knowledge");
        assertThat(named).containsEntry("gongkai.assistant.index", "/srv/kb");
        assertThat(plain).doesNotContainKey("gongkai.assistant.index");
    }
}
