package org.fupin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The synthetic Sunan county of ../shared/samples, copied into the test resources. */
public final class Samples {

    private Samples() {}

    public static Path file(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) throw new IllegalArgumentException("No sample " + name);
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "samples"));
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
