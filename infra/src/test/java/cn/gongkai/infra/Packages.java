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
        return context;
    }

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
