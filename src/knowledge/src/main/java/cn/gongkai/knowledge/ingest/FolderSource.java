package cn.gongkai.knowledge.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every readable document under a folder (recursively), hidden files and folders skipped. */
public final class FolderSource implements DocumentSource {

    private final Path root;

    public FolderSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String id() {
        return root.toString();
    }

    @Override
    public List<SourceFile> files() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder: " + root);
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = root.relativize(path);
                String name = path.getFileName().toString();
                boolean hidden = false;
                for (Path part : relative) {
                    hidden |= part.toString().startsWith(".");
                }
                if (hidden || SourceFile.isSidecar(name) || TextExtractor.forFile(name).isEmpty()) {
                    continue;
                }
                files.add(new SourceFile(relative.toString().replace('\\', '/'), () -> Files.readAllBytes(path),
                        sidecarOf(path).map(p -> () -> Files.readAllBytes(p))));
            }
        }
        return files;
    }

    private static Optional<Path> sidecarOf(Path file) {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        for (String suffix : SourceFile.SIDECAR_SUFFIXES) {
            for (String candidate : List.of(name + suffix, stem + suffix)) {
                Path sidecar = file.resolveSibling(candidate);
                if (Files.isRegularFile(sidecar)) {
                    return Optional.of(sidecar);
                }
            }
        }
        return Optional.empty();
    }
}
