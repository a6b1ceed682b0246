package cn.gongkai.cli;

import cn.gongkai.persistence.EmbeddedDatabase;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What one run of {@code ./gongkai} needs before Quarkus starts. {@code serve} gets a database
 * (embedded unless {@code DB_URL} names one) and the HTTP port; other commands get neither, and
 * quiet logs, so they start in about a second and their stdout is only their output.
 */
final class LocalRun {

    static final String SERVE = "serve";
    /** Commands that read or write the database, besides serve; they run without the HTTP port. */
    static final List<String> DATABASE_COMMANDS = List.of("import", "remind", "report");
    static final String DEFAULT_DATA_DIR = ".gongkai/pgdata";
    static final String DEV_PUBLIC_KEY = "dev-keys/jwt-public.pem";
    static final String DEV_PRIVATE_KEY = "dev-keys/jwt-private.pem";

    private static final List<String> HELP_OPTIONS = List.of("-h", "--help");

    private final Map<String, String> properties;

    private LocalRun(Map<String, String> properties) {
        this.properties = properties;
    }

    static LocalRun forArguments(String[] args, Map<String, String> env) {
        LocalRun run = forDatabase(args, env);
        if (env.get("GONGKAI_DATA_DIR") != null && !env.get("GONGKAI_DATA_DIR").isBlank()) {
            // The assistant's own default (.gongkai/knowledge, or GONGKAI_KB_DIR) does not follow the data folder;
            // the index serve fills with the sample and the kb commands use does.
            run.properties.put("gongkai.assistant.index", KbCommand.indexDir(null, env).toString());
        }
        return run;
    }

    private static LocalRun forDatabase(String[] args, Map<String, String> env) {
        if (!needsDatabase(args)) {
            return withoutDatabase();
        }
        Optional<String> externalUrl = Optional.ofNullable(env.get("DB_URL")).filter(url -> !url.isBlank());
        LocalRun run = externalUrl.isPresent()
                ? withExternalDatabase(externalUrl.get(), env)
                : withEmbeddedDatabase(dataDirectory(env), port(env));
        run.properties.put("gongkai.data-key", DataKey.resolve(env, dataDirectory(env)));
        if (env.get("GONGKAI_JWT_PUBLIC_KEY") == null) {
            // The local run trusts the development key pair, and serve issues a token with it.
            run.properties.put("mp.jwt.verify.publickey.location", DEV_PUBLIC_KEY);
            run.properties.put("smallrye.jwt.sign.key.location", DEV_PRIVATE_KEY);
        }
        if (!isServe(args)) {
            run.properties.put("quarkus.http.host-enabled", "false");
            run.properties.put("quarkus.log.level", "WARN");
        }
        return run;
    }

    static boolean needsDatabase(String[] args) {
        return isServe(args) || args.length > 0 && DATABASE_COMMANDS.contains(args[0])
                && !(args.length > 1 && "report".equals(args[0]) && "check".equals(args[1]))
                && List.of(args).stream().noneMatch(HELP_OPTIONS::contains);
    }

    static boolean isServe(String[] args) {
        return args.length > 0 && SERVE.equals(args[0]) && List.of(args).stream().noneMatch(HELP_OPTIONS::contains);
    }

    static LocalRun withoutDatabase() {
        Map<String, String> properties = new LinkedHashMap<>();
        // Quarkus 3.34 does not deactivate the consumers of an inactive datasource by itself.
        properties.put("quarkus.datasource.active", "false");
        properties.put("quarkus.hibernate-orm.active", "false");
        properties.put("quarkus.flyway.active", "false");
        properties.put("quarkus.http.host-enabled", "false");
        properties.put("quarkus.log.level", "WARN");
        properties.put("gongkai.database.mode", "none");
        properties.put("mp.jwt.verify.publickey.location", DEV_PUBLIC_KEY);
        return new LocalRun(properties);
    }

    static LocalRun withExternalDatabase(String url, Map<String, String> env) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", jdbcUrl(url));
        Optional.ofNullable(env.get("DB_USER")).ifPresent(user -> properties.put("quarkus.datasource.username", user));
        Optional.ofNullable(env.get("DB_PASSWORD")).ifPresent(password -> properties.put("quarkus.datasource.password", password));
        properties.put("gongkai.database.mode", "external");
        return new LocalRun(properties);
    }

    static LocalRun withEmbeddedDatabase(Path dataDirectory, int port) {
        // Quarkus has not configured logging yet: keep zonky's start-up chatter off the console.
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
        EmbeddedDatabase database = EmbeddedDatabase.startPersistent(dataDirectory, port);
        Map<String, String> properties = new LinkedHashMap<>(database.datasourceProperties());
        properties.put("gongkai.database.mode", "embedded");
        properties.put("gongkai.database.data-dir", database.dataDirectory().toString());
        return new LocalRun(properties);
    }

    /** Accepts a JDBC URL or the common {@code postgres://} / {@code postgresql://} form. */
    static String jdbcUrl(String url) {
        if (url.startsWith("jdbc:")) {
            return url;
        }
        if (url.startsWith("postgres://")) {
            return "jdbc:postgresql://" + url.substring("postgres://".length());
        }
        return "jdbc:" + url;
    }

    Map<String, String> properties() {
        return properties;
    }

    void applyToSystemProperties() {
        properties.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }

    private static Path dataDirectory(Map<String, String> env) {
        return Optional.ofNullable(env.get("GONGKAI_DATA_DIR")).filter(dir -> !dir.isBlank())
                .map(Path::of)
                .orElse(Path.of(DEFAULT_DATA_DIR))
                .toAbsolutePath();
    }

    private static int port(Map<String, String> env) {
        return Optional.ofNullable(env.get("GONGKAI_DB_PORT")).filter(p -> !p.isBlank()).map(Integer::parseInt).orElse(0);
    }
}
