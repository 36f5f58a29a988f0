package org.fupin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;

/** The synthetic Sunan county of ../shared/samples, copied into the test resources. */
public final class Samples {

    private Samples() {}

    /** Imports the regions, the village facts and the registry of the county, for real; each must be accepted. */
    public static void importCounty(Imports imports) {
        accepted("regions.csv", imports.importRegions(file("regions.csv"), false, Imports.DEFAULT_LOCALE));
        accepted("village-facts.csv", imports.importVillageFacts(file("village-facts.csv"), false, Imports.DEFAULT_LOCALE));
        accepted("registry.csv", imports.importRegistry(file("registry.csv"), false, Imports.DEFAULT_LOCALE));
    }

    private static void accepted(String sample, ImportReport report) {
        if (!report.accepted()) throw new IllegalStateException("The sample " + sample + " was rejected: " + report.errors());
    }

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
