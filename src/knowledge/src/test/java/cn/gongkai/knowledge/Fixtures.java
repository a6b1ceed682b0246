package cn.gongkai.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

/** The fixture knowledge base under src/test/resources/kb (our own texts), copied where a test may change it. */
final class Fixtures {

    /** A fixed day: the 2099 document is not yet in force, everything else is. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path copyOfKnowledgeBase(Path target) {
        Path from = resource("kb");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path to = target.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
