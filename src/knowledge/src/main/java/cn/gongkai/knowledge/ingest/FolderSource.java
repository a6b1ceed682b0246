package cn.gongkai.knowledge.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        for (Path path : regularFiles()) {
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
        return files;
    }

    /**
     * The regular files under the folder, sorted. A file that goes while the folder is read (another instance's
     * temporary file, moved into place) is passed over rather than failing the whole listing.
     */
    private List<Path> regularFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        found.sort(null);
        return found;
    }
}
