package org.fupin.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.maps.Crs;
import org.fupin.maps.Maps;
import org.fupin.maps.SyntheticBoundaries;
import org.springframework.stereotype.Component;

/**
 * Synthetic township and village boundaries and village points for the demo county (issue #24), generated at demo
 * load and imported through the ordinary GeoJSON import marked synthetic, so the maps show from the first start
 * and say that their boundaries are made up. They lie over Sunan's latitude and longitude, not its real shape.
 */
@Component
class DemoMaps {

    /** The extent the synthetic county covers (WGS-84 degrees), around Sunan's own. */
    static final double WEST = 97.6;
    static final double SOUTH = 37.9;
    static final double EAST = 101.4;
    static final double NORTH = 39.5;

    private final Maps maps;

    DemoMaps(Maps maps) {
        this.maps = maps;
    }

    /** Imports boundaries for every township and village of the regions file (code, name, …) for the first year. */
    void load(Path regions, Path dir, int year) throws IOException {
        Map<String, List<String>> villagesByTownship = new LinkedHashMap<>();
        for (String line : Files.readAllLines(regions, StandardCharsets.UTF_8)) {
            String code = line.split(",")[0];
            if (!code.matches("620721\\d{6}") || code.endsWith("000000")) continue;
            String township = code.substring(0, 9) + "000";
            List<String> villages = villagesByTownship.computeIfAbsent(township, k -> new ArrayList<>());
            if (!code.equals(township)) villages.add(code);
        }
        Path file = dir.resolve("boundaries.geojson");
        Files.writeString(file, SyntheticBoundaries.featureCollection(villagesByTownship, WEST, SOUTH, EAST, NORTH, 620721L),
                StandardCharsets.UTF_8);
        ImportReport report = maps.importBoundaries(file, year, Crs.WGS84, true, false, Imports.DEFAULT_LOCALE);
        if (!report.accepted()) throw new IllegalStateException("Demo boundaries rejected: " + report.errors());
    }
}
