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
                String relative = root.relativize(path).toString().replace('\\', '/');
                String name = path.getFileName().toString();
                if (SourceFile.isHidden(relative) || SourceFile.isSidecar(name) || TextExtractor.forFile(name).isEmpty()) {
                    continue;
                }
                Optional<Path> sidecar = SourceFile.sidecarPaths(name).stream().map(path::resolveSibling)
                        .filter(Files::isRegularFile).findFirst();
                files.add(new SourceFile(relative, () -> Files.readAllBytes(path),
                        sidecar.map(p -> () -> Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
