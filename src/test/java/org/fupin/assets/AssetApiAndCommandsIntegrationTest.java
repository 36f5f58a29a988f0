package org.fupin.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.api.ApiCaller;
import org.fupin.cli.Cli;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * REST and CLI call the same module methods as the pages: the CLI imports and exports the template and prints the
 * figures; REST answers the summary and the list behind a figure, hands an asset over, and refuses a wrong step
 * with 409 and the reason in plain Chinese; the import answers in the caller's language as the assistance import does.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetApiAndCommandsIntegrationTest {

    private static final String VILLAGE = "620721101202";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired Cli cli;
    @Autowired AssetLedger ledger;
    @Autowired ObjectMapper json;

    @BeforeAll
    void importTheCountyAndAnAssetThroughTheCli() throws Exception {
        Samples.importCounty(imports);
        Path file = AssetWorkbooks.workbook(new String[][]{{"行政区划代码", "资产名称", "资产类别", "数量",
                "计量单位", "资产价值（元）", "竣工日期"}, {VILLAGE, "村集体光伏", "经营性", "1", "座", "200000", "2020-06-30"}});
        assertThat(cli.run(new String[] {"assets", "import", file.toString()})).isZero();
    }

    @Test
    void theCliPrintsTheFiguresAndExportsTheTemplateThatImportsBackUnchanged() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = cli.run(new String[] {"assets", "summary", VILLAGE, "--year", "2025", "--json"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"productiveWithoutIncome\":{\"count\":1",
                "\"total\":{\"count\":1,\"value\":200000.00}");
        Path exported = Files.createTempFile("assets-cli", ".xlsx");
        assertThat(cli.run(new String[] {"assets", "export", VILLAGE, exported.toString(), "--year", "2025"})).isZero();
        var before = ledger.list(RegionScope.ALL, VILLAGE, AssetFilter.all(2025));
        assertThat(cli.run(new String[] {"assets", "import", exported.toString()})).isZero();
        assertThat(ledger.list(RegionScope.ALL, VILLAGE, AssetFilter.all(2025))).isEqualTo(before);
        assertThat(cli.run(new String[] {"assets", "summary", "620721999999", "--year", "2025"})).isEqualTo(2);
        assertThat(cli.run(new String[] {"assets", "summary", VILLAGE})).isEqualTo(2);
    }

    @Test
    void restAnswersTheFiguresAndListsAndRefusesAWrongStepWithItsReason() throws Exception {
        String summary = send("GET", "/api/v1/assets/regions/" + VILLAGE + "/summary?year=2025", null).body();
        assertThat(summary).contains("\"total\":{\"count\":1,\"value\":200000.00}");
        String list = send("GET", "/api/v1/assets/regions/" + VILLAGE + "/assets?year=2025&alert=PRODUCTIVE_WITHOUT_INCOME",
                null).body();
        assertThat(list).contains("\"name\":\"村集体光伏\"");
        long id = ledger.list(RegionScope.ALL, VILLAGE, AssetFilter.all(2025)).get(0).id();

        HttpResponse<String> refused = send("POST", "/api/v1/assets/" + id + "/handover",
                "{\"ownerKind\":\"HOUSEHOLD\",\"ownerName\":\"某户\",\"custodian\":\"某户\",\"date\":\"2020-07-01\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"code\":\"ASSET_OWNER_KIND\"", "资产不能归");
        HttpResponse<String> handed = send("POST", "/api/v1/assets/" + id + "/handover",
                "{\"ownerKind\":\"VILLAGE_COLLECTIVE\",\"ownerName\":\"村股份经济合作社\",\"custodian\":\"光伏管护员\",\"date\":\"2020-07-01\"}");
        assertThat(handed.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/assets/" + id, null).body()).contains("\"custodian\":\"光伏管护员\"");
        assertThat(send("GET", "/api/v1/assets/999999", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theImportRouteAnswersInTheCallersLanguageAsTheAssistanceImport() throws Exception {
        byte[] bad = Files.readAllBytes(AssetWorkbooks.workbook(new String[][]{{"行政区划代码", "资产名称", "资产类别",
                "数量", "计量单位", "资产价值（元）", "竣工日期"}, {VILLAGE, "村道", "公益性", "1", "条", "很多", "2020-06-30"}}));
        ApiCaller admin = ApiCaller.admin(port);
        JsonNode chinese = rejected(admin.upload("/api/v1/imports/assets", "bad.xlsx", bad));
        JsonNode english = rejected(admin.inLanguage("en-US,en;q=0.9").upload("/api/v1/imports/assets", "bad.xlsx", bad));
        assertThat(chinese.path("column").asString()).isEqualTo("资产价值（元）");
        assertThat(chinese.path("message").asString()).containsPattern("\\p{IsHan}");
        assertThat(english.path("code").asString()).isEqualTo(chinese.path("code").asString());
        assertThat(english.path("message").asString()).isNotEqualTo(chinese.path("message").asString())
                .doesNotContainPattern("\\p{IsHan}");
        JsonNode assistance = rejected(admin.inLanguage("en").upload("/api/v1/assistance/imports/CADRES", "bad.csv",
                "帮扶单位,单位隶属关系,单位区划代码,姓名,职务,联系电话,身份\nX,村级,620721101202,Y,,123,\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(assistance.path("message").asString()).as("as the assistance import").doesNotContainPattern("\\p{IsHan}");
        assertThat(rejected(admin.inLanguage("zh-CN").upload("/api/v1/imports/assets", "bad.xlsx", bad)))
                .isEqualTo(chinese);
        assertThat(rejected(admin.upload("/api/v1/imports/assets?lang=en", "bad.xlsx", bad))).isEqualTo(english);
    }

    private JsonNode rejected(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return json.readTree(response.body()).path("errors").get(0);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(WebSession.uri(port, path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8))).header("Accept-Language", "zh-CN");
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
