package org.fupin.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.ImportIssue;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issues #24 and #26: boundaries are versioned by year like the region tree. After 北极村 merges into 北峰村 from
 * 2016, the map of 2016 no longer draws 北极村 (its 2015 outline is history), the map of 2015 still does, and a
 * boundary file for 2017 that still carries 北极村's code is refused: the code is not in the tree of that year. A
 * county map counts its villages' figures under their townships.
 */
@FupinTest
class MapsFollowTheTreeOfTheYearIntegrationTest {

    static final String COUNTY = "620721000000";
    static final String HUANGCHENG = "620721101000", MERGED = "620721101201", INTO = "620721101202";

    @Autowired Imports imports;
    @Autowired Maps maps;
    @Autowired org.fupin.assistance.BattlePlan battlePlan;
    @TempDir Path dir;

    @BeforeEach
    void importTheCountyItsBoundariesOf2015AndTheMergerOf2016() throws Exception {
        Samples.importCounty(imports);
        ImportReport boundaries = maps.importBoundaries(file("2015", features(township(HUANGCHENG, 99, 38),
                village(MERGED, 99.1), village(INTO, 99.5), point(MERGED, 99.2))), 2015, Crs.WGS84, false, false,
                Imports.DEFAULT_LOCALE);
        assertThat(boundaries.errors()).isEmpty();
        Path changes = Files.writeString(dir.resolve("changes.csv"), """
                年度,原代码,新代码,变更类型,新名称
                2016,620721101201,620721101202,合并,
                """);
        assertThat(imports.importRegionChanges(changes, false, Imports.DEFAULT_LOCALE).errors()).isEmpty();
    }

    @Test
    void drawsAMergedVillageOnTheMapsOfTheYearsBeforeTheMergerOnly() {
        MapView before = maps.view(RegionScope.ALL, HUANGCHENG, 2015, MapFigure.POOR_HOUSEHOLDS, RegionLevel.VILLAGE, false);
        MapView after = maps.view(RegionScope.ALL, HUANGCHENG, 2016, MapFigure.POOR_HOUSEHOLDS, RegionLevel.VILLAGE, false);

        assertThat(before.areas()).extracting(MapView.Area::code).containsExactly(MERGED, INTO);
        assertThat(before.places()).extracting(MapView.Place::code).containsExactly(MERGED);
        assertThat(after.areas()).extracting(MapView.Area::code).containsExactly(INTO);
        assertThat(after.places()).isEmpty();
        assertThat(after.geojson()).doesNotContain(MERGED);
    }

    @Test
    void refusesABoundaryOfAYearInWhichTheRegionNoLongerExists() throws Exception {
        ImportReport report = maps.importBoundaries(file("2017", features(village(MERGED, 99.1), village(INTO, 99.5))),
                2017, Crs.WGS84, false, false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(ImportIssue::row, ImportIssue::code, ImportIssue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "MAP_CODE_UNKNOWN", MERGED));
    }

    @Test
    void countsAVillagesPlannedExitsUnderItsTownshipOnACountyMap() {
        battlePlan.planVillage(RegionScope.ALL, INTO, 2016);
        battlePlan.planVillage(RegionScope.ALL, "620721101203", 2016);
        battlePlan.planVillage(RegionScope.ALL, "620721101204", 2017);

        MapView county = maps.view(RegionScope.ALL, COUNTY, 2016, MapFigure.VILLAGE_EXITS_PLANNED, RegionLevel.TOWNSHIP, false);

        assertThat(county.areas()).extracting(MapView.Area::code, MapView.Area::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HUANGCHENG, java.math.BigDecimal.valueOf(2)));
    }

    private static String township(String code, double west, double south) {
        return feature(code, west, south, 1);
    }

    private static String village(String code, double west) {
        return feature(code, west, 38.1, 0.3);
    }

    private static String feature(String code, double west, double south, double size) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[" + west + "," + south + "],[" + (west + size) + "," + south + "],[" + (west + size)
                + "," + (south + size) + "],[" + west + "," + (south + size) + "],[" + west + "," + south + "]]]}}";
    }

    private static String point(String code, double lon) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[" + lon + ",38.2]}}";
    }

    private static String features(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name + ".geojson"), content, StandardCharsets.UTF_8);
    }
}
