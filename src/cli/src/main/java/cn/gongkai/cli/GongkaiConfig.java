package cn.gongkai.cli;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The local run's database, set by {@link LocalRun} before Quarkus starts; tests may set it in their own properties.
 * Mapped under {@code gongkai.database} only, so other modules' {@code gongkai.*} settings stay theirs.
 */
@ConfigMapping(prefix = "gongkai.database")
public interface GongkaiConfig {

    /** embedded, external or none. */
    @WithDefault("external")
    String mode();

    Optional<String> dataDir();
}
