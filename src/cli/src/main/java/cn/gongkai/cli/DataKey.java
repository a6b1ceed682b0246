package cn.gongkai.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The key that encrypts personal data at rest. Deployed, it comes from {@code GONGKAI_DATA_KEY}; for the local run
 * it is made once and kept beside the embedded database (owner-only), so restarts can read what was stored.
 */
final class DataKey {
    static final String ENV = "GONGKAI_DATA_KEY";

    private DataKey() {
    }

    static String resolve(Map<String, String> env, Path dataDirectory) {
        String configured = env.get(ENV);
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        Path file = dataDirectory.resolveSibling("data.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, encoded + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local data key " + file, e);
        }
    }
}
