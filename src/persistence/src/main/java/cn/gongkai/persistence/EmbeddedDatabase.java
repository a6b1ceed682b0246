package cn.gongkai.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A real PostgreSQL 17 run from the zonky binaries, for the local run and for tests.
 * Authentication is "trust" on localhost only, so the password is a formality.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "gongkai";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Keeps its data in {@code dataDirectory} across runs; port 0 picks a free one. */
    public static EmbeddedDatabase startPersistent(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            stopOrphanedServer(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    // The embedded binaries default to fsync and synchronous_commit off, fit for throw-away test
                    // databases only: a kept database must survive a crash, and a submission answered as stored
                    // must be on disk.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setOutputRedirector(Redirect.appendTo(serverLog(directory).toFile()))
                    .setErrorRedirector(Redirect.appendTo(serverLog(directory).toFile()));
            if (port > 0) {
                builder.setPort(port);
            }
            return started(builder.start(), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + directory + ", see " + serverLog(directory), e);
        }
    }

    /** A throw-away database in a temporary directory, removed on {@link #close()}: for tests. */
    public static EmbeddedDatabase startTemporary() {
        try {
            Path directory = Files.createTempDirectory("gongkai-pg-");
            return started(EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(STARTUP_WAIT)
                    .start(), directory);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in a temporary directory", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The Quarkus datasource settings that point at this database. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedDatabase started(EmbeddedPostgres postgres, Path directory) {
        try {
            createDatabaseIfMissing(postgres);
        } catch (SQLException e) {
            try {
                postgres.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
        return new EmbeddedDatabase(postgres, directory);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        }
    }

    private static Path serverLog(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    /**
     * A JVM killed without its shutdown hook leaves its postmaster running on the data directory,
     * and the next start would fail. If no live process holds zonky's lock on the directory,
     * a running postmaster there is an orphan: stop it.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = directory.resolve(ZONKY_LOCK_FILE);
        if (Files.exists(lockFile)) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    throw new IllegalStateException("the database in " + directory + " is in use by another process");
                }
            }
        }
        Optional<ProcessHandle> postmaster = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::strip)
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            ProcessHandle process = postmaster.get();
            process.destroy();
            try {
                process.onExit().get(STARTUP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("an orphaned PostgreSQL (pid " + process.pid() + ") on " + directory + " did not stop", e);
            }
        }
    }
}
