package cn.gongkai.infra;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes and exports the stack declares are the {@code @Funq} names the function modules really have: for every
 * module present in this checkout, a function added, renamed or removed there without the catalogue fails here.
 */
class CatalogueMatchesModulesTest {
    private static final Pattern FUNQ = Pattern.compile("@Funq\\(\"([^\"]+)\"\\)");

    @Test
    void routes_and_exports_are_the_modules_funq_names() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> checked = new ArrayList<>();
        for (FunctionSpec spec : FunctionSpec.catalogue()) {
            Path sources = root.resolve(spec.module()).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            TreeSet<String> names = funqNames(sources);
            TreeSet<String> declared = new TreeSet<>();
            if (spec.funqyExport() != null) {
                declared.add(spec.funqyExport());
            }
            declared.addAll(spec.citizenPaths());
            declared.addAll(spec.staffPaths());
            assertThat(declared).as(spec.module()).isEqualTo(names);
            checked.add(spec.name());
        }
        assertThat(checked).contains("applications", "reminders", "reports", "assistant");
    }

    private static TreeSet<String> funqNames(Path sources) {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = FUNQ.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
