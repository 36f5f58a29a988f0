package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.facilities.Facilities;
import org.fupin.facilities.VillageFacility;
import org.fupin.identification.domain.VillageExitPolicy;
import org.fupin.imports.Imports;
import org.fupin.kernel.Check;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #16: village exit checks the province's or county's conditions beyond 贫困发生率 — here a hardened road and
 * tap water — from the village's facility list, set as data from the page and REST; a township lifts one.
 */
@FupinTest
class VillageExitConditionsIntegrationTest {

    static final String VILLAGE = "620721101201";
    static final String TOWNSHIP_PREFIX = "620721101";
    static final String PASSWORD = "Sunan-exits-2026";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Facilities facilities;
    @Autowired ExitCalculations exits;
    @Autowired VillageExitConditions conditions;
    @Autowired UserAdministration users;

    @Test
    void aVillageWithoutTapWaterDoesNotExitWhileTheCountyRequiresIt() throws Exception {
        Samples.importCounty(imports);
        assertThat(users.add("exits-county", Role.COUNTY_ADMIN, "620721000000", PASSWORD)).isEmpty();
        assertThat(users.add("exits-cadre", Role.VILLAGE_CADRE, VILLAGE, PASSWORD)).isEmpty();
        facilities.replace(2015, List.of(new VillageFacility(2015, VILLAGE, "HARDENED_ROAD", 1, true, null, "test")),
                "test", "test");
        assertThat(names(exits.village(RegionScope.ALL, VILLAGE, 2015))).doesNotContain(VillageExitPolicy.FACILITY_PRESENT);

        WebSession county = new WebSession(port);
        county.logIn("exits-county", PASSWORD);
        String page = county.get("/identification/exit-calculation").body();
        assertThat(page).contains("尚未设置：村退出只看贫困发生率。", "id=\"condition-form\"");
        String saved = county.post("/identification/exit-conditions", Map.of("prefix", "620721", "yearFrom", "2014",
                "type", "HARDENED_ROAD", "minCount", "1", "source", "县脱贫攻坚领导小组文件"), page).body();
        assertThat(saved).contains("已保存村退出条件", "肃南裕固族自治县", "通村硬化路", "县脱贫攻坚领导小组文件");
        assertThat(put("exits-county", "{\"prefix\":\"620721\",\"yearFrom\":2015,\"facilityType\":\"TAP_WATER\","
                + "\"minCount\":1,\"source\":\"省定退出标准\"}").statusCode()).isEqualTo(200);
        assertThat(put("exits-cadre", "{\"prefix\":\"620721101201\",\"yearFrom\":2015,\"facilityType\":\"TAP_WATER\","
                + "\"minCount\":0,\"source\":\"村里说\"}").statusCode()).isEqualTo(403);

        List<Check> checks = exits.village(RegionScope.ALL, VILLAGE, 2015).checks().stream()
                .filter(c -> c.name().equals(VillageExitPolicy.FACILITY_PRESENT)).toList();
        assertThat(checks).containsExactly(
                Check.of(VillageExitPolicy.FACILITY_PRESENT, true, "通村硬化路", 1, 1),
                Check.of(VillageExitPolicy.FACILITY_PRESENT, false, "自来水（集中供水入户）", 0, 1));
        assertThat(county.get("/identification/exit-calculation?village=" + VILLAGE + "&year=2015").body())
                .contains("缺少自来水（集中供水入户）：0 处，要求至少 1 处", "有通村硬化路：1 处（要求至少 1 处）");
        assertThat(conditions.inForce(2014, VILLAGE)).extracting(VillageExitConditions.Condition::facilityType)
                .containsExactly("HARDENED_ROAD");

        conditions.set(new RegionScope(TOWNSHIP_PREFIX), TOWNSHIP_PREFIX, 2015, "TAP_WATER", 0, "乡镇集中供水工程在建",
                "township");
        assertThat(exits.village(RegionScope.ALL, VILLAGE, 2015).checks()).filteredOn(c -> c.name()
                .equals(VillageExitPolicy.FACILITY_PRESENT)).extracting(c -> c.numbers().get(0)).containsExactly("通村硬化路");
        assertThatThrownBy(() -> conditions.set(new RegionScope(TOWNSHIP_PREFIX), "620721", 2015, "TAP_WATER", 1, "越权",
                "township")).isInstanceOfSatisfying(CaseException.class,
                        e -> assertThat(e.code()).isEqualTo("PREFIX_OUTSIDE_SCOPE"));
    }

    private static List<String> names(org.fupin.kernel.Verdict verdict) {
        return verdict.checks().stream().map(Check::name).toList();
    }

    private HttpResponse<String> put(String user, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/identification/village-exit-conditions"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
