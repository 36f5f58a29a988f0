package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.assistance.Organisations;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The assistance pages as a clerk uses them: a unit and a cadre through the forms (phone shown masked), a pairing,
 * a refused loan with its reasons in plain Chinese, a work team refused then sent, the "3+2+1" view and alerts of
 * the village, a project through its steps with a payment, and the read API. Own village and fund year (2020).
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistancePagesIntegrationTest {

    private static final String VILLAGE = "620721101203";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired UserAdministration users;

    private WebSession admin;
    private HouseholdRow household;

    @BeforeAll
    void importAndLogIn() throws Exception {
        Samples.importCounty(imports);
        household = registry.households(RegionScope.ALL, VILLAGE, 2015, 0, 1).rows().get(0);
        admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
    }

    @Test
    void aClerkRecordsAssistanceAndSeesTheVillageView() throws Exception {
        String page = admin.get("/assistance").body();
        admin.post("/assistance/units", Map.of("name", "WEB县扶贫办", "level", "COUNTY", "region", "620721000000"), page);
        long unit = organisations.units(RegionScope.ALL).stream().filter(u -> u.name().equals("WEB县扶贫办")).findFirst().orElseThrow().id();
        for (String name : new String[] {"WEB甲", "WEB乙", "WEB丙"}) {
            String saved = admin.post("/assistance/cadres", form("unit", unit, "name", name, "post", "干部",
                    "phone", "13700137000", "flags", "TEAM_MEMBER"), page).body();
            assertThat(saved).contains("id=\"saved\"").contains("137****7000").doesNotContain("13700137000");
        }
        long[] cadres = java.util.stream.Stream.of("WEB甲", "WEB乙", "WEB丙").mapToLong(name -> organisations.cadres(RegionScope.ALL)
                .stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id()).toArray();

        String assistancePage = admin.get("/assistance/households/" + household.id()).body();
        String paired = admin.post("/assistance/households/" + household.id() + "/pairings",
                form("cadre", cadres[0], "start", "2020-01-01"), assistancePage).body();
        assertThat(paired).contains("id=\"saved\"").containsPattern("<td>WEB甲</td><td>WEB县扶贫办</td>\\s*<td>2020-01-01</td>");
        String refused = admin.post("/assistance/households/" + household.id() + "/loans", form("borrower", 1,
                "bank", "信用社", "amount", "60000", "termMonths", "48", "issueDate", "2020-03-01", "interestRate", "0.0435",
                "subsidyRate", "1", "purpose", "PLANTING"), assistancePage).body();
        assertThat(refused).contains("id=\"errors\"").contains("贷款金额 60000 元超过上限 50000.00 元")
                .contains("贷款期限 48 个月超过上限 36 个月");
        int borrower = registry.birthDates(RegionScope.ALL, household.id()).entrySet().stream()
                .filter(p -> java.time.Period.between(p.getValue(), java.time.LocalDate.of(2020, 3, 1)).getYears() >= 18)
                .filter(p -> java.time.Period.between(p.getValue(), java.time.LocalDate.of(2020, 3, 1)).getYears() <= 65)
                .findFirst().orElseThrow().getKey();
        String granted = admin.post("/assistance/households/" + household.id() + "/loans", form("borrower", borrower,
                "bank", "信用社", "amount", "20000", "termMonths", "24", "issueDate", "2020-03-01", "interestRate", "",
                "subsidyRate", "1", "purpose", "BREEDING"), assistancePage).body();
        assertThat(granted).contains("id=\"saved\"");
        String loan = granted.replaceAll("(?s).*name=\"loan\" value=\"(\\d+)\".*", "$1");
        String overdue = admin.post("/assistance/households/" + household.id() + "/loans/repayment",
                form("loan", loan, "repaymentStatus", "OVERDUE", "version", WebSession.hidden(granted, "version")),
                granted).body();
        assertThat(overdue).containsPattern("value=\"OVERDUE\" selected");
        String badDate = admin.post("/assistance/households/" + household.id() + "/visits",
                form("cadre", cadres[0], "date", "2020-13-01", "content", "x"), assistancePage).body();
        assertThat(badDate).contains("日期“2020-13-01”无效");

        String villagePage = admin.get("/assistance/regions/" + VILLAGE + "?on=2020-06-01").body();
        String tooSmall = admin.post("/assistance/regions/" + VILLAGE + "/teams", form("unit", unit, "leader", cadres[0],
                "members", cadres[1], "termStart", "2020-01-01", "termEnd", "2022-01-01"), villagePage).body();
        assertThat(tooSmall).contains("驻村工作队只有 2 人，每队不少于 3 人");
        admin.post("/assistance/regions/" + VILLAGE + "/teams", form("unit", unit, "leader", cadres[0],
                "members", cadres[1] + "\u3001" + cadres[2], "termStart", "2020-01-01", "termEnd", "2022-01-01"), villagePage);
        String view = admin.get("/assistance/regions/" + VILLAGE + "?on=2020-06-01&year=2015").body();
        assertThat(view).contains("id=\"staffing-count\">已配备 1 / 6 项")
                .as("leader first, then by name").containsPattern("id=\"slot-WORK_TEAM\">[\\s\\S]*?WEB甲、WEB丙、WEB乙")
                .contains("id=\"households-without-cadre\">无帮扶责任人的建档立卡户："
                        + (registry.households(RegionScope.ALL, VILLAGE, 2015, 0, 500).total() - 1) + " 户")
                .contains("id=\"cadres-without-visit\">6 个月内未走访的帮扶责任人：1 人");
    }

    @Test
    void aProjectGoesThroughItsStepsOnItsPage() throws Exception {
        String county = admin.get("/assistance/regions/620721000000?fundYear=2020").body();
        admin.post("/assistance/regions/620721000000/allocations", form("documentNumber", "WEB财〔2020〕9号",
                "source", "PROVINCE", "year", 2020, "amount", "50000.00", "issuedDate", "2020-01-10"), county);
        assertThat(admin.get("/assistance/regions/620721000000").body()).as("opens on the latest fund year")
                .containsPattern("id=\"fundYear\"[^>]*>\\s*<option value=\"2020\" selected=\"selected\">2020</option>");
        String village = admin.get("/assistance/regions/" + VILLAGE + "?fundYear=2020").body();
        Map<String, String> fields = form("year", 2020, "budget", "30000", "name", "WEB光伏电站", "category", "光伏",
                "nature", "新建", "schedule", "2020年", "responsibleUnit", "县扶贫办", "tasks", "30千瓦",
                "funding", "省级资金", "beneficiaries", "10户", "performanceTarget", "", "povertyMechanism", "收益分红");
        admin.post("/assistance/regions/" + VILLAGE + "/projects", fields, village);
        String list = admin.get("/assistance/regions/" + VILLAGE + "?fundYear=2020").body();
        String id = list.replaceAll("(?s).*href=\"/assistance/projects/(\\d+)\">WEB光伏电站.*", "$1");

        String page = admin.get("/assistance/projects/" + id).body();
        admin.post("/assistance/projects/" + id + "/steps", form("to", "REVIEWED", "date", "2020-02-01"), page);
        String refused = admin.post("/assistance/projects/" + id + "/steps", form("to", "IN_LIBRARY", "date", "2020-02-20"),
                page).body();
        assertThat(refused).contains("项目缺少必填内容：绩效目标").contains("项目入库前须公示，不少于 10 天");
        String reviewed = admin.get("/assistance/projects/" + id).body();
        admin.post("/assistance/projects/" + id + "/target", form("performanceTarget", "年收益3万元",
                "version", WebSession.hidden(reviewed, "version")), reviewed);
        String targeted = admin.get("/assistance/projects/" + id).body();
        admin.post("/assistance/projects/" + id + "/publicity", form("publicityStart", "2020-02-01",
                "publicityEnd", "2020-02-10", "version", WebSession.hidden(targeted, "version")), targeted);
        for (String[] step : new String[][] {{"IN_LIBRARY", "2020-02-20"}, {"IMPLEMENTING", "2020-03-01"}}) {
            assertThat(admin.post("/assistance/projects/" + id + "/steps", form("to", step[0], "date", step[1]), page)
                    .body()).contains("id=\"saved\"");
        }
        admin.post("/assistance/projects/" + id + "/beneficiaries", form("householdNumber", household.householdNumber()), page);
        String allocation = admin.get("/assistance/projects/" + id).body()
                .replaceAll("(?s).*<option value=\"(\\d+)\">WEB财〔2020〕9号.*", "$1");
        String overspent = admin.post("/assistance/projects/" + id + "/disbursements", form("allocation", allocation,
                "date", "2020-04-01", "amount", "50000.01", "payee", "施工方"), page).body();
        assertThat(overspent).contains("拨付 50000.01 元超过该笔资金结余 50000.00 元");
        String paid = admin.post("/assistance/projects/" + id + "/disbursements", form("allocation", allocation,
                "date", "2020-04-01", "amount", "30000", "payee", "施工方"), page).body();
        assertThat(paid).contains("id=\"project-paid\">30000.00<").contains("id=\"project-beneficiaries\">1<");

        String share = admin.get("/assistance/regions/620721101000?fundYear=2020").body();
        assertThat(share).contains("id=\"share-paid\">30000.00<").contains("id=\"share-registered\">100.00%<")
                .contains("id=\"share-poor\">0.00%<");
        String api = new String(admin.bytes("/api/v1/assistance/regions/620721101000/fund-share?year=2020").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api).contains("\"paid\":30000.00").contains("\"registeredHouseholdShare\":100.00");
    }

    @Test
    void theEmptyTemplatesCarryTheDocumentedHeaders() throws Exception {
        var rows = WebSession.sheetRows(admin.xlsx("/assistance/imports/PAIRINGS.xlsx").body());

        assertThat(rows.get(0).stream().map(c -> c.getText()).toList())
                .containsExactly("村代码", "年度", "户编号", "帮扶责任人", "帮扶单位", "结对开始日期");
        assertThat(admin.get("/assistance/imports").body()).contains("id=\"import-form\"");
    }

    @Test
    void anAuditorReadsButCannotAddUnitsOrPairings() throws Exception {
        users.add("assistance-auditor", Role.AUDITOR, null, "auditor-test-1");
        WebSession auditor = new WebSession(port);
        auditor.logIn("assistance-auditor", "auditor-test-1");
        String page = auditor.get("/assistance").body();

        assertThat(auditor.post("/assistance/units", Map.of("name", "x", "level", "COUNTY", "region", "620721000000"), page)
                .statusCode()).isEqualTo(403);
        assertThat(auditor.post("/assistance/households/" + household.id() + "/pairings", Map.of("cadre", "1",
                "start", "2020-01-01"), page).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> api = auditor.bytes("/api/v1/assistance/households/" + household.id());
        assertThat(new String(api.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"pairings\"");
    }

    private static Map<String, String> form(Object... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) form.put((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
        return form;
    }
}
