package org.fupin.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.imports.Imports;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.statistics.Statistics;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue #24: a user sees the map of their own region only (page and data), and a shared map hides small counts and
 * what would give them away, uncoloured, as the printed tables do (ADR 0028); k is 10 here, as the sample county has
 * no village with 1 or 2 poor households.
 */
@FupinTest
@org.springframework.test.context.TestPropertySource(properties = "fupin.small-cell.k=10")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapScopeAndProtectionIntegrationTest {

    private static final String COUNTY = "620721000000";
    private static final String HOME = "620721204000";
    private static final String NEXT_DOOR = "620721203000";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired Maps maps;
    @Autowired RegionDirectory regions;
    @Autowired Statistics statistics;
    @Autowired UserAdministration users;

    @BeforeAll
    void importTheCountyWithSyntheticBoundaries(@TempDir Path dir) throws Exception {
        Samples.importCounty(imports);
        Map<String, List<String>> villages = new LinkedHashMap<>();
        for (Region township : regions.children(RegionScope.ALL, COUNTY)) {
            villages.put(township.code(), regions.children(RegionScope.ALL, township.code()).stream().map(Region::code).toList());
        }
        Path file = Files.writeString(dir.resolve("county.geojson"),
                SyntheticBoundaries.featureCollection(villages, 97.6, 37.9, 101.4, 39.5, 7), StandardCharsets.UTF_8);
        assertThat(maps.importBoundaries(file, 2015, Crs.WGS84, true, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
    }

    @Test
    void aTownshipOfficerSeesTheMapOfTheTownshipAndNothingOfTheCountyOrTheTownshipNextDoor() throws Exception {
        assertThat(users.add("map-officer", Role.TOWNSHIP_OFFICER, HOME, "Scope-test-2015")).isEmpty();
        WebSession session = new WebSession(port);
        session.logIn("map-officer", "Scope-test-2015");
        String own = regions.find(RegionScope.ALL, HOME).orElseThrow().name();

        assertThat(session.get("/maps/" + HOME + "?year=2015").body()).contains(own, "id=\"map-chart\"");
        String data = new String(session.bytes("/maps/" + HOME + "/data?year=2015&figure=POOR_HOUSEHOLDS&level=VILLAGE").body(),
                StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(data).get("areas")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.get("code").asString()).startsWith(HOME.substring(0, 9)));
        for (String path : List.of("/maps/" + COUNTY, "/maps/" + NEXT_DOOR + "/battle",
                "/maps/" + NEXT_DOOR + "/data?year=2015&figure=POOR_HOUSEHOLDS&level=VILLAGE", "/maps/" + COUNTY + "/print")) {
            assertThat(session.fetch(path).statusCode()).as(path).isIn(403, 404);
        }
    }

    @Test
    void aSharedMapHidesSmallCountsAndLeavesThemUncoloured() {
        MapView office = maps.view(RegionScope.ALL, COUNTY, 2015, MapFigure.POOR_HOUSEHOLDS, RegionLevel.VILLAGE, false);
        MapView shared = maps.view(RegionScope.ALL, COUNTY, 2015, MapFigure.POOR_HOUSEHOLDS, RegionLevel.VILLAGE, true);

        List<MapView.Area> small = office.areas().stream()
                .filter(a -> a.value() != null && a.value().signum() > 0 && a.value().intValue() < 10).toList();
        assertThat(small).isNotEmpty();
        for (MapView.Area area : small) {
            MapView.Area hidden = shared.areas().stream().filter(a -> a.code().equals(area.code())).findFirst().orElseThrow();
            assertThat(hidden.value()).as(area.code()).isNull();
            assertThat(hidden.hidden()).isEqualTo("<10");
            assertThat(hidden.color()).isEqualTo(Legend.NO_VALUE_COLOR);
        }
        assertThat(shared.areas()).filteredOn(a -> a.value() != null)
                .allSatisfy(a -> assertThat(a.value().intValue()).satisfiesAnyOf(v -> assertThat(v).isZero(),
                        v -> assertThat(v).isGreaterThanOrEqualTo(10)));
        assertThat(shared.legend()).last().satisfies(c -> assertThat(c.key()).isEqualTo(Legend.NO_VALUE_KEY));
        assertThat(office.areas()).allSatisfy(a -> assertThat(a.hidden()).isNull());
    }

    @Test
    void theSharedMapPageExplainsTheMarksAndListsTheHiddenFigures() throws Exception {
        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);

        String page = session.get("/maps/" + COUNTY + "?year=2015&figure=POOR_HOUSEHOLDS&level=VILLAGE&protect=true").body();

        assertThat(page).contains("id=\"map-protect-note\"", "&lt;10", "无数据或受保护");
        assertThat(session.get("/maps/" + COUNTY + "?year=2015&figure=POOR_HOUSEHOLDS&level=VILLAGE").body())
                .doesNotContain("&lt;10", "map-protect-note");
    }
}
