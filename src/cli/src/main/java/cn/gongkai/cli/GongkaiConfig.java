package cn.gongkai.cli;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Set by {@link LocalRun} before Quarkus starts; tests may set it in their own properties. */
@ConfigMapping(prefix = "gongkai")
public interface GongkaiConfig {

    Database database();

    interface Database {

        /** embedded, external or none. */
        @WithDefault("external")
        String mode();

        Optional<String> dataDir();
    }
}
