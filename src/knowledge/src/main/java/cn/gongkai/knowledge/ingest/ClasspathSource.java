package cn.gongkai.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Documents shipped inside a jar: a folder on the class path with an {@code INDEX} file listing the documents
 * (one relative path a line, {@code #} comments). Sidecars beside them are found as in a folder.
 */
public final class ClasspathSource implements DocumentSource {

    private final String base;
    private final ClassLoader loader;

    public ClasspathSource(String base, ClassLoader loader) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.loader = loader;
    }

    @Override
    public String id() {
        return "classpath:" + base;
    }

    @Override
    public List<SourceFile> files() throws IOException {
        byte[] index = read("INDEX").orElseThrow(() -> new IOException("no INDEX under " + base));
        List<SourceFile> files = new ArrayList<>();
        for (String line : new String(index, StandardCharsets.UTF_8).split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            if (read(path).isEmpty()) {
                throw new IOException("listed in " + base + "INDEX but missing: " + path);
            }
            Optional<String> sidecar = SourceFile.sidecarPaths(path).stream()
                    .filter(candidate -> loader.getResource(base + candidate) != null).findFirst();
            files.add(new SourceFile(path, () -> read(path).orElseThrow(),
                    sidecar.map(s -> () -> read(s).orElseThrow())));
        }
        return files;
    }

    private Optional<byte[]> read(String path) throws IOException {
        try (InputStream in = loader.getResourceAsStream(base + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }
}
