package cn.gongkai.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document of a source, with its optional sidecar of metadata.
 *
 * @param relativePath the path inside the source, with {@code /} separators: the document's identity there
 */
public record SourceFile(String relativePath, Content content, Optional<Content> sidecar) {

    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    /** The sidecar's suffixes, tried in this order: {@code 条例.md.meta.yaml} or {@code 条例.meta.yaml}. */
    public static final List<String> SIDECAR_SUFFIXES = List.of(".meta.yaml", ".meta.yml");

    public static boolean isSidecar(String name) {
        return SIDECAR_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** Where a document's sidecar may lie, in order: {@code a/条例.md.meta.yaml}, {@code a/条例.meta.yaml}, .yml. */
    public static List<String> sidecarPaths(String path) {
        int dot = path.lastIndexOf('.');
        String stem = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
        return SIDECAR_SUFFIXES.stream().flatMap(suffix -> java.util.stream.Stream.of(path + suffix, stem + suffix)).toList();
    }

    /** Whether a relative path (with {@code /}) has a part starting with a dot. */
    public static boolean isHidden(String relativePath) {
        for (String part : relativePath.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    public byte[] bytes() {
        try {
            return content.read();
        } catch (IOException e) {
            throw new UncheckedIOException(relativePath + ": " + e.getMessage(), e);
        }
    }

    public Map<String, String> sidecarValues() {
        if (sidecar.isEmpty()) {
            return Map.of();
        }
        try {
            String text = new String(sidecar.get().read(), StandardCharsets.UTF_8);
            return new LinkedHashMap<>(SimpleYaml.parse(List.of(text.replace("\r", "").split("\n"))));
        } catch (IOException e) {
            throw new UncheckedIOException(relativePath + " (sidecar): " + e.getMessage(), e);
        }
    }

    /** SHA-256 over the content and the sidecar: a changed file or changed metadata means re-ingestion. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes());
            if (sidecar.isPresent()) {
                digest.update((byte) 0);
                digest.update(sidecar.get().read());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
