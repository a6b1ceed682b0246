package cn.gongkai.persistence.testing;

import cn.gongkai.persistence.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at a throw-away embedded PostgreSQL:
 * {@code @WithTestResource(EmbeddedPostgresResource.class)}.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        database = EmbeddedDatabase.startTemporary();
        return database.datasourceProperties();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
