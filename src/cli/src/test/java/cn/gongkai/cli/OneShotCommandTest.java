package cn.gongkai.cli;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs through {@link GongkaiMain#main}, as {@code ./gongkai} does. The datasource points at a port
 * where nothing listens: had Flyway or Hibernate started, the launch would fail.
 */
@QuarkusMainTest
@TestProfile(OneShotCommandTest.UnreachableDatabase.class)
class OneShotCommandTest {

    public static class UnreachableDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/nothing");
        }
    }

    @Test
    @Launch("help")
    void aCommandOtherThanServeRunsWithoutTheDatabase(LaunchResult result) {
        assertThat(result.exitCode()).isZero();
        assertThat(result.getOutput()).contains("Usage: gongkai").contains("serve");
        assertThat(result.getOutput()).doesNotContain("INFO");
    }
}
