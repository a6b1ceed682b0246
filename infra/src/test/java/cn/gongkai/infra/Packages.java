package cn.gongkai.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small stand-in Lambda packages, so the stack's tests need no function module built. */
final class Packages {
    private Packages() {
    }

    /** Context giving every catalogued function a small zip of its own under {@code dir}. */
    static Map<String, Object> context(Path dir) {
        Map<String, Object> context = new HashMap<>();
        context.put("gongkai:root", dir.toString());
        for (FunctionSpec spec : FunctionSpec.catalogue()) {
            context.put("gongkai:" + spec.name() + ":asset", zip(dir, spec.name()).toString());
        }
        context.put("gongkai:site", site(dir).toString());
        return context;
    }

    /** A stand-in of the pages: the citizen page and the console's folder. */
    static Path site(Path dir) {
        try {
            Path site = Files.createDirectories(dir.resolve("site/console"));
            Files.writeString(site.getParent().resolve("index.html"), SITE_MARKER);
            Files.writeString(site.resolve("index.html"), "<!doctype html><title>console</title>");
            return site.getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String SITE_MARKER = "<!doctype html><meta name=\"gongkai-api\" content=\"\"><title>stand-in page</title>";

    static Path zip(Path dir, String name) {
        Path zip = dir.resolve(name + "-function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("lib/placeholder-" + name + ".txt"));
            out.write(("package of " + name).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }
}
