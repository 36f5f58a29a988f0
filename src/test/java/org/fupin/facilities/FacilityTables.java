package org.fupin.facilities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The facility table used by the tests (samples/facilities-2015.csv): five villages of 皇城镇 (620721101000) in 2015. Village households from
 * the sample's village facts: 201 = 212, 202 = 176, 203 = 83, 204 = 181, 205 = 76.
 * <ul>
 *   <li>standard clinic with a qualified doctor: 201 and 204 (202's clinic does not meet the standard, 203 has no
 *       doctor) — 2 of 5 reporting villages;</li>
 *   <li>tap water: 201 covers 200 households, 202 gives no coverage (whole village, 176), 203 has none —
 *       376 of 212 + 176 + 83 + 181 + 76 = 728 households;</li>
 *   <li>bus stop: 201 only — 1 of 5.</li>
 * </ul>
 */
final class FacilityTables {

    static final String TOWNSHIP = "620721101000";

    /** The sample table (test resource samples/facilities-2015.csv). */
    static Path sample() {
        return org.fupin.Samples.file("facilities-2015.csv");
    }

    private FacilityTables() {}

    static Path write(String name, String content) {
        try {
            Path file = Files.createTempFile(name, ".csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
