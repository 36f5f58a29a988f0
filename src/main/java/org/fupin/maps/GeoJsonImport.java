package org.fupin.maps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fupin.household.domain.Finding;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Issues;
import org.fupin.maps.GeometryReader.Field;
import org.fupin.region.RegionLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports a GeoJSON FeatureCollection of township and village boundaries (Polygon, MultiPolygon) and village points
 * (Point) for one year, in the coordinate system stated by the importer. Each feature carries its 12-digit region
 * code in {@code properties.code}. Every feature is checked before any is saved, each error located by feature
 * number (the report's row), polygon, ring and position: broken geometry, a code not in the region tree of the year or
 * of the wrong level, and a village (its point, or the middle of its outline) outside every township of its county.
 */
@Component
class GeoJsonImport {

    /** One checked feature. */
    record Feature(int row, String code, RegionLevel level, Shape shape) {}

    private final MapRepository repository;
    private final MessageSource messages;
    private final ObjectMapper json = new ObjectMapper();

    GeoJsonImport(MapRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    ImportReport run(Path file, int year, Crs crs, boolean synthetic, boolean dryRun, Locale locale) throws Exception {
        Issues issues = new Issues(messages, "maps.field", locale);
        JsonNode root;
        try {
            root = json.readTree(Files.newInputStream(file));
        } catch (RuntimeException e) {
            issues.add(Finding.error(0, Field.FILE, null, "MAP_NOT_JSON"));
            return issues.report(dryRun, 0, 0);
        }
        JsonNode features = root == null ? null : root.get("features");
        if (!"FeatureCollection".equals(root == null ? null : root.path("type").asString(null))
                || features == null || !features.isArray()) {
            issues.add(Finding.error(0, Field.FILE, null, "MAP_NOT_FEATURE_COLLECTION"));
            return issues.report(dryRun, 0, 0);
        }
        List<Feature> checked = check(features, year, issues);
        outsideTheCounty(checked, year, issues);
        if (!issues.hasErrors() && !dryRun) repository.replace(year, crs, synthetic, checked);
        return issues.report(dryRun, features.size(), 0);
    }

    private List<Feature> check(JsonNode features, int year, Issues issues) {
        List<String> codes = new ArrayList<>();
        features.forEach(f -> codes.add(f.path("properties").path("code").asString("")));
        Map<String, RegionLevel> known = repository.levels(codes, year);
        Set<String> seen = new HashSet<>();
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            int row = i + 1;
            String code = codes.get(i);
            GeometryReader.Result geometry = GeometryReader.read(row, code, features.get(i).get("geometry"));
            issues.addAll(geometry.findings());
            RegionLevel level = known.get(code);
            if (!code.matches("\\d{12}")) {
                issues.add(Finding.error(row, Field.CODE, code, "MAP_CODE_INVALID"));
            } else if (level == null) {
                issues.add(Finding.error(row, Field.CODE, code, "MAP_CODE_UNKNOWN"));
            } else if (!seen.add(code + (geometry.shape() != null && geometry.shape().isPoint()))) {
                issues.add(Finding.error(row, Field.CODE, code, "MAP_CODE_DUPLICATE"));
            } else if (geometry.shape() != null) {
                boolean point = geometry.shape().isPoint();
                if (point ? level != RegionLevel.VILLAGE : level != RegionLevel.TOWNSHIP && level != RegionLevel.VILLAGE) {
                    issues.add(Finding.error(row, Field.CODE, code, point ? "MAP_POINT_NOT_VILLAGE" : "MAP_LEVEL"));
                } else {
                    out.add(new Feature(row, code, level, geometry.shape()));
                }
            }
        }
        return out;
    }

    /**
     * A village whose point (or the middle of its outline) lies in no township of its county, the townships being
     * those of the file and, for the others, those stored for the year. Without any township of the county known,
     * nothing can be said and nothing is reported.
     */
    private void outsideTheCounty(List<Feature> features, int year, Issues issues) {
        Map<String, List<Shape>> townships = new HashMap<>();
        Set<String> inFile = new HashSet<>();
        for (Feature f : features) {
            if (f.level() != RegionLevel.TOWNSHIP) continue;
            inFile.add(f.code());
            townships.computeIfAbsent(f.code().substring(0, 6), k -> new ArrayList<>()).add(f.shape());
        }
        Set<String> counties = new HashSet<>();
        features.forEach(f -> counties.add(f.code().substring(0, 6)));
        repository.townshipShapes(counties, year).forEach((code, shape) -> {
            if (!inFile.contains(code)) townships.computeIfAbsent(code.substring(0, 6), k -> new ArrayList<>()).add(shape);
        });
        for (Feature f : features) {
            List<Shape> county = townships.get(f.code().substring(0, 6));
            if (f.level() != RegionLevel.VILLAGE || county == null) continue;
            double[] p = f.shape().representative();
            if (county.stream().noneMatch(t -> t.contains(p))) {
                issues.add(Finding.error(f.row(), Field.GEOMETRY, f.code(),
                        f.shape().isPoint() ? "MAP_POINT_OUTSIDE_COUNTY" : "MAP_VILLAGE_OUTSIDE_COUNTY",
                        GeometryReader.text(p)));
            }
        }
    }
}
