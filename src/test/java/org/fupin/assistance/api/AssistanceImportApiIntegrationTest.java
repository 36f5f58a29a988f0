package org.fupin.assistance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The assistance tables uploaded through REST as the import page takes them (issue #27): the county administrator's
 * cadre and pairing tables are written all or nothing and read back by the village's cadre; a rejected file answers
 * 422 with the errors the page shows, located by row, column and value, and writes nothing; a row of a region
 * outside the caller's is refused; cadres and auditors may not import (403), as on the page; an unknown template is
 * 404 as on the page.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistanceImportApiIntegrationTest {

    private static final String CADRES = "帮扶单位,单位隶属关系,单位区划代码,姓名,职务,联系电话,身份\n";
    private static final String PAIRINGS = "村代码,年度,户编号,帮扶责任人,帮扶单位,结对开始日期\n";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private HouseholdRow household;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        household = registry.households(RegionScope.ALL, ApiCallers.VILLAGE, 2015, 0, 1).rows().get(0);
        callers = ApiCallers.of(port, users, tokens, "assist-import");
    }

    @Test
    void theCountyImportsCadresAndPairingsThatTheVillagesCadreReadsBack() throws Exception {
        String cadres = CADRES + "API导入合作社,村级," + ApiCallers.VILLAGE + ",API导入丁,社长,,第一书记\n";
        JsonNode dry = json.readTree(ok(callers.county().upload("/api/v1/assistance/imports/CADRES?dryRun=true",
                "cadres.csv", bytes(cadres))));
        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        assertThat(ok(callers.ownCadre().get("/api/v1/assistance/cadres"))).as("a dry run writes nothing")
                .doesNotContain("API导入丁");

        JsonNode report = json.readTree(ok(callers.county().upload("/api/v1/assistance/imports/CADRES", "cadres.csv",
                bytes(cadres))));
        assertThat(report.path("accepted").asBoolean()).isTrue();
        assertThat(report.path("rows").asInt()).isOne();
        assertThat(audited("IMPORT_CADRES")).isOne();
        ok(callers.county().upload("/api/v1/assistance/imports/PAIRINGS", "pairings.csv", bytes(PAIRINGS
                + ApiCallers.VILLAGE + ",2015," + household.householdNumber() + ",API导入丁,API导入合作社,2020-01-01\n")));

        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(ok(reader.get("/api/v1/assistance/cadres"))).contains("API导入丁", "API导入合作社");
            assertThat(json.readTree(ok(reader.get("/api/v1/assistance/households/" + household.id())))
                    .path("pairings").toString()).contains("API导入丁");
        }
        assertThat(ok(callers.otherCadre().get("/api/v1/assistance/cadres"))).doesNotContain("API导入丁");
    }

    @Test
    void aRejectedFileAnswersThePagesLocatedErrorsAndWritesNothing() throws Exception {
        String bad = CADRES + "API坏合作社,村级," + ApiCallers.VILLAGE + ",API坏甲,,,\n"
                + "API坏合作社,村级," + ApiCallers.VILLAGE + ",API坏乙,,123,\n";
        HttpResponse<String> rejected = callers.county().upload("/api/v1/assistance/imports/CADRES", "bad.csv", bytes(bad));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(422);
        JsonNode error = json.readTree(rejected.body()).path("errors").get(0);
        assertThat(error.path("row").asInt()).isEqualTo(3);
        assertThat(error.path("column").asString()).isEqualTo("联系电话");
        assertThat(error.path("value").asString()).isEqualTo("123");
        assertThat(error.path("code").asString()).isEqualTo("CADRE_PHONE");
        assertThat(jdbc.sql("select count(*) from assistance_unit where name = 'API坏合作社'").query(Long.class).single())
                .as("all or nothing").isZero();

        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        String page = admin.upload("/assistance/imports?template=CADRES", "file", "bad.csv", bytes(bad),
                admin.get("/assistance/imports").body()).body();
        assertThat(page).as("the page shows the same sentence").contains(error.path("message").asString());
    }

    @Test
    void aRowOutsideTheCallersRegionIsRefusedAndCadresAndAuditorsMayNotImport() throws Exception {
        String outside = CADRES + "API市外单位,市直,620700000000,API外甲,,,\n";
        HttpResponse<String> refused = callers.county().upload("/api/v1/assistance/imports/CADRES", "o.csv", bytes(outside));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).path("errors").get(0).path("code").asString())
                .isEqualTo("IMPORT_REGION_OUT_OF_SCOPE");
        String own = CADRES + "API村内单位,村级," + ApiCallers.VILLAGE + ",API内甲,,,\n";
        for (ApiCaller caller : List.of(callers.ownCadre(), callers.otherCadre(), callers.auditor())) {
            assertThat(caller.upload("/api/v1/assistance/imports/CADRES", "own.csv", bytes(own)).statusCode())
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from assistance_unit where name in ('API市外单位', 'API村内单位')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theEmptyTemplateIsThePagesTemplate() throws Exception {
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        List<String> page = header(admin.xlsx("/assistance/imports/PAIRINGS.xlsx").body());
        HttpResponse<java.io.InputStream> download = callers.ownCadre().stream("/api/v1/assistance/imports/PAIRINGS.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith(org.fupin.web.Sheets.XLSX);
        try (java.io.InputStream in = download.body()) {
            assertThat(header(in.readAllBytes())).isEqualTo(page).contains("帮扶责任人", "结对开始日期");
        }
    }

    @Test
    void anUnknownTemplateIsNotFoundAsOnThePage() throws Exception {
        for (String path : List.of("/api/v1/assistance/imports/LOANS", "/api/v1/assistance/imports/cadres")) {
            HttpResponse<String> upload = callers.county().upload(path, "x.csv", bytes(CADRES));
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(404);
            assertThat(json.readTree(upload.body()).path("code").asString()).isEqualTo("NOT_FOUND");
            HttpResponse<java.io.InputStream> template = callers.county().stream(path + ".xlsx");
            try (java.io.InputStream body = template.body()) {
                String problem = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(template.statusCode()).as(problem).isEqualTo(404);
                assertThat(json.readTree(problem).path("code").asString()).isEqualTo("NOT_FOUND");
            }
        }
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        assertThat(admin.fetch("/assistance/imports/LOANS.xlsx").statusCode()).isEqualTo(404);
    }

    private static List<String> header(byte[] xlsx) throws Exception {
        return WebSession.sheetRows(xlsx).get(0).stream().map(c -> c.getText()).toList();
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
