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
 * Issue #24: township and village boundaries and village points from GeoJSON, stored by year in the stated
 * coordinate system; a file with a broken polygon, an unknown code and a point outside the county is refused as a
 * whole, each error located by feature, polygon, ring and position, in Chinese.
 */
@FupinTest
class BoundaryImportIntegrationTest {

    static final String COUNTY = "620721000000";
    static final String HUANGCHENG = "620721101000";
    static final String KANGLE = "620721102000";
    static final String BEIJI = "620721101201";

    @Autowired Imports imports;
    @Autowired Maps maps;
    @TempDir Path dir;

    @BeforeEach
    void importTheSampleCounty() {
        Samples.importCounty(imports);
    }

    @Test
    void importsTownshipAndVillageBoundariesAndAVillagePointForTheYearInTheStatedSystem() throws Exception {
        ImportReport report = maps.importBoundaries(file("valid", features(
                township(HUANGCHENG, 99, 38), township(KANGLE, 100, 38),
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + BEIJI + "\"},\"geometry\":{\"type\":\"MultiPolygon\","
                        + "\"coordinates\":[[[[99.1,38.1],[99.4,38.1],[99.4,38.4],[99.1,38.4],[99.1,38.1]]]]}}",
                point(BEIJI, 99.25, 38.25))), 2015, Crs.GCJ02, false, false, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.rows()).isEqualTo(4);
        MapView townships = maps.view(RegionScope.ALL, COUNTY, 2016, MapFigure.POOR_HOUSEHOLDS, RegionLevel.TOWNSHIP, false);
        assertThat(townships.areas()).extracting(MapView.Area::code).containsExactly(HUANGCHENG, KANGLE);
        assertThat(townships.areas()).extracting(MapView.Area::name).containsExactly("皇城镇", "康乐镇");
        assertThat(townships.crs()).containsExactly(Crs.GCJ02);
        assertThat(townships.synthetic()).isFalse();
        assertThat(townships.geojson()).contains("\"code\":\"" + KANGLE + "\"", "[100.0, 38.0]");
        MapView villages = maps.view(RegionScope.ALL, HUANGCHENG, 2015, MapFigure.POOR_HOUSEHOLDS, RegionLevel.VILLAGE, false);
        assertThat(villages.areas()).extracting(MapView.Area::code).containsExactly(BEIJI);
        assertThat(villages.places()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(BEIJI);
            assertThat(p.longitude()).isEqualTo(99.25);
            assertThat(p.latitude()).isEqualTo(38.25);
        });
    }

    @Test
    void aLaterYearsBoundaryDoesNotChangeTheMapOfEarlierYears() throws Exception {
        maps.importBoundaries(file("2015", features(township(HUANGCHENG, 99, 38))), 2015, Crs.WGS84, false, false,
                Imports.DEFAULT_LOCALE);
        maps.importBoundaries(file("2020", features(township(HUANGCHENG, 98, 37))), 2020, Crs.WGS84, false, false,
                Imports.DEFAULT_LOCALE);

        assertThat(maps.view(RegionScope.ALL, COUNTY, 2016, MapFigure.INCIDENCE, RegionLevel.TOWNSHIP, false).geojson())
                .contains("[99.0, 38.0]").doesNotContain("[98.0, 37.0]");
        assertThat(maps.view(RegionScope.ALL, COUNTY, 2021, MapFigure.INCIDENCE, RegionLevel.TOWNSHIP, false).geojson())
                .contains("[98.0, 37.0]");
    }

    @Test
    void refusesAFileWithABrokenPolygonAnUnknownCodeAndAPointOutsideTheCountyLocatingEach() throws Exception {
        String before = maps.view(RegionScope.ALL, COUNTY, 2015, MapFigure.INCIDENCE, RegionLevel.TOWNSHIP, false).geojson();

        ImportReport report = maps.importBoundaries(file("bad", features(township(HUANGCHENG, 99.5, 38),
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + BEIJI + "\"},\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":[[[99.1,38.1],[99.4,38.1],[99.4,38.4],[99.1,38.4]]]}}",
                township("620721999000", 101, 38),
                point(BEIJI, 116.4, 39.9))), 2015, Crs.WGS84, false, false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(ImportIssue::row, ImportIssue::code, ImportIssue::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "MAP_RING_NOT_CLOSED", BEIJI),
                org.assertj.core.groups.Tuple.tuple(3, "MAP_CODE_UNKNOWN", "620721999000"),
                org.assertj.core.groups.Tuple.tuple(4, "MAP_POINT_OUTSIDE_COUNTY", BEIJI));
        assertThat(report.errors().get(0).message()).isEqualTo("第1个面第1个环没有闭合：首点(99.1, 38.1)与末点(99.1, 38.4)不同。");
        assertThat(report.errors().get(0).column()).isEqualTo("几何图形（geometry）");
        assertThat(report.errors().get(1).column()).isEqualTo("区划代码（properties.code）");
        assertThat(report.errors().get(1).message()).contains("不在区划树中");
        assertThat(report.errors().get(2).message()).contains("(116.4, 39.9)", "不在本县任何乡镇的界线内");
        assertThat(maps.view(RegionScope.ALL, COUNTY, 2015, MapFigure.INCIDENCE, RegionLevel.TOWNSHIP, false).geojson())
                .as("nothing of a refused file is kept").isEqualTo(before).doesNotContain("[99.5, 38.0]");
    }

    @Test
    void refusesAVillageBoundaryWhoseMiddleLiesOutsideEveryTownshipOfItsCounty() throws Exception {
        ImportReport report = maps.importBoundaries(file("far", features(township(HUANGCHENG, 99, 38),
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + BEIJI + "\"},\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":[[[105,30],[105.2,30],[105.2,30.2],[105,30.2],[105,30]]]}}")),
                2015, Crs.WGS84, false, true, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).extracting(ImportIssue::row, ImportIssue::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "MAP_VILLAGE_OUTSIDE_COUNTY"));
    }

    private static String township(String code, double west, double south) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[" + west + "," + south + "],[" + (west + 1) + "," + south + "],[" + (west + 1) + ","
                + (south + 1) + "],[" + west + "," + (south + 1) + "],[" + west + "," + south + "]]]}}";
    }

    private static String point(String code, double lon, double lat) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[" + lon + "," + lat + "]}}";
    }

    private static String features(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name + ".geojson"), content, StandardCharsets.UTF_8);
    }
}
