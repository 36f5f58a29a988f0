package org.fupin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.funds.Funds;
import org.fupin.funds.ProjectLibrary;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A completed project's assets carried through REST as the asset pages carry them (issue #27): the village's cadre
 * registers them, hands them over, opens and posts the hand-over notice, confirms ownership, changes a custodian,
 * records a year's income for three households and asks to dispose of one, which the county administrator approves;
 * the cadre and the county read it all back. Another village's cadre gets 404, an auditor 403.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetApiParityIntegrationTest {

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired ProjectLibrary library;
    @Autowired Funds funds;
    @Autowired HouseholdRegistry registry;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private long project;

    @BeforeAll
    void completedProjectAndCallers() {
        Samples.importCounty(imports);
        project = new ProjectFixture(library, funds).completed(ApiCallers.VILLAGE, "API大棚和村道项目", "API资产〔2024〕");
        callers = ApiCallers.of(port, users, tokens, "assets-api");
    }

    @Test
    void theVillagesCadreCarriesTheAssetsFromRegistrationToIncomeAndTheCountyApprovesADisposal() throws Exception {
        String register = "/api/v1/assets/projects/" + project;
        String assets = "{\"assets\":[" + asset("API村道1公里", "PUBLIC_WELFARE", "公里", 30000) + ","
                + asset("API大棚20座", "PRODUCTIVE", "座", 70000) + "]}";
        assertThat(callers.otherCadre().post(register, assets).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(register, assets).statusCode()).isEqualTo(403);
        ok(callers.ownCadre().post(register, assets));
        long road = id("API村道1公里");
        long greenhouse = id("API大棚20座");

        for (long asset : List.of(road, greenhouse)) {
            String handOver = "{\"ownerKind\":\"VILLAGE_COLLECTIVE\",\"ownerName\":\"村股份经济合作社\",\"custodian\":\"村委会\","
                    + "\"date\":\"2024-10-01\"}";
            assertThat(callers.otherCadre().post("/api/v1/assets/" + asset + "/handover", handOver).statusCode()).isEqualTo(404);
            ok(callers.ownCadre().post("/api/v1/assets/" + asset + "/handover", handOver));
        }
        long notice = json.readTree(ok(callers.ownCadre().post("/api/v1/assets/notices", "{\"assetIds\":[" + road + ","
                + greenhouse + "],\"title\":\"API资产移交确权公示\",\"start\":\"2024-10-08\",\"days\":7,"
                + "\"place\":\"村务公开栏\"}"))).path("id").asLong();
        ok(callers.ownCadre().post("/api/v1/identification/notices/" + notice + "/posting",
                "{\"postedOn\":\"2024-10-08\",\"place\":\"村务公开栏\",\"evidence\":\"公示照片\"}"));
        for (long asset : List.of(road, greenhouse)) {
            ok(callers.ownCadre().post("/api/v1/assets/" + asset + "/ownership", "{\"date\":\"2024-10-20\"}"));
        }
        ok(callers.ownCadre().post("/api/v1/assets/" + greenhouse + "/custodian",
                "{\"custodian\":\"村集体经济合作社\",\"from\":\"2025-03-01\",\"note\":\"合作社改组\"}"));
        List<HouseholdRow> three = registry.households(RegionScope.ALL, ApiCallers.VILLAGE, 2015, 0, 3).rows();
        ok(callers.ownCadre().post("/api/v1/assets/" + greenhouse + "/income", "{\"year\":2025,\"income\":9000,"
                + "\"toCollective\":2000,\"reinvested\":1000,\"date\":\"2025-12-20\",\"shares\":["
                + share(three.get(0), 3000) + "," + share(three.get(1), 2000) + "," + share(three.get(2), 1000) + "]}"));
        String request = "{\"status\":\"DISPOSAL_REQUESTED\",\"date\":\"2026-01-10\",\"reason\":\"山体滑坡损毁\"}";
        assertThat(callers.otherCadre().post("/api/v1/assets/" + road + "/status", request).statusCode()).isEqualTo(404);
        ok(callers.ownCadre().post("/api/v1/assets/" + road + "/status", request));
        String approve = "{\"approve\":true,\"date\":\"2026-01-20\",\"comment\":\"同意报废\"}";
        assertThat(callers.auditor().post("/api/v1/assets/" + road + "/disposal", approve).statusCode()).isEqualTo(403);
        ok(callers.county().post("/api/v1/assets/" + road + "/disposal", approve));

        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode read = json.readTree(ok(reader.get("/api/v1/assets/" + greenhouse)));
            assertThat(read.path("asset").path("ownershipConfirmedOn").asString()).isEqualTo("2024-10-20");
            assertThat(read.path("custody").size()).isEqualTo(2);
            assertThat(read.path("incomes").size()).isOne();
            assertThat(json.readTree(ok(reader.get("/api/v1/assets/" + road))).path("asset").path("status").asString())
                    .isEqualTo("DISPOSED");
        }
        assertThat(callers.otherCadre().get("/api/v1/assets/" + road).statusCode()).isEqualTo(404);
    }

    private long id(String name) throws Exception {
        for (JsonNode a : json.readTree(ok(callers.ownCadre().get("/api/v1/assets/regions/" + ApiCallers.VILLAGE
                + "/assets?year=2025")))) {
            if (a.path("name").asString().equals(name)) return a.path("id").asLong();
        }
        throw new AssertionError("no asset " + name);
    }

    private static String asset(String name, String type, String unit, int value) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"quantity\":1,\"unit\":\"" + unit + "\",\"value\":"
                + value + ",\"completedOn\":\"2024-09-30\"}";
    }

    private static String share(HouseholdRow household, int amount) {
        return "{\"householdId\":" + household.id() + ",\"amount\":" + amount + "}";
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
