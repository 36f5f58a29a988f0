package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.assets.Asset;
import org.fupin.assets.AssetRegister;
import org.fupin.assets.domain.AssetType;
import org.fupin.funds.FundSource;
import org.fupin.funds.Funds;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.funds.domain.ProjectStatus;
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
 * The asset pages over HTTP: the region figures in words (never codes), each count linking to a list with as many
 * rows, a refused form answering in Chinese, a hand-over and a distribution through the forms, the dividend on the
 * household page, the XLSX export, and the menu only for the roles that keep or audit the ledger.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetPagesIntegrationTest {

    private static final String VILLAGE = "620721101201";
    private static final String TOWNSHIP = "620721101000";
    private static final RegionScope ALL = RegionScope.ALL;

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired ProjectLibrary library;
    @Autowired Funds funds;
    @Autowired AssetRegister register;
    @Autowired HouseholdRegistry registry;
    @Autowired UserAdministration users;

    private long greenhouse;

    @BeforeAll
    void aCompletedProjectWithTwoAssets() {
        Samples.importCounty(imports);
        long project = library.apply(ALL, 2024, new ProjectFields("大棚项目", "INDUSTRY", "NEW", VILLAGE, "2024年",
                "县农业农村局", "大棚", "衔接资金", "脱贫户", "增收", "分红"), new BigDecimal("90000.00"),
                LocalDate.of(2024, 1, 5)).id();
        library.setPublicity(ALL, project, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 20));
        for (var step : List.of(ProjectStatus.REVIEWED, ProjectStatus.IN_LIBRARY, ProjectStatus.IMPLEMENTING)) {
            assertThat(library.advance(ALL, project, step, LocalDate.of(2024, 2, 1)).orElseThrow().accepted()).isTrue();
        }
        long allocation = funds.allocate(ALL, "620721000000", 2024, FundSource.CENTRAL, "页面〔2024〕1号",
                new BigDecimal("90000.00"), LocalDate.of(2024, 1, 2)).id();
        funds.disburse(ALL, allocation, project, LocalDate.of(2024, 3, 1), new BigDecimal("90000.00"), "施工方");
        library.advance(ALL, project, ProjectStatus.COMPLETED, LocalDate.of(2024, 8, 1));
        greenhouse = register.fromProject(ALL, project, List.of(
                new Asset.New(null, "温室大棚", AssetType.PRODUCTIVE, new BigDecimal("10"), "座", new BigDecimal("60000.00"),
                        LocalDate.of(2024, 8, 1)),
                new Asset.New(null, "机耕道", AssetType.PUBLIC_WELFARE, new BigDecimal("2"), "公里", new BigDecimal("30000.00"),
                        LocalDate.of(2024, 8, 1))), "clerk").orElseThrow().id();
        assertThat(users.add("asset-cadre", Role.VILLAGE_CADRE, VILLAGE, "village-pass-2026")).isEmpty();
        assertThat(users.add("asset-team", Role.WORK_TEAM_MEMBER, VILLAGE, "village-pass-2027")).isEmpty();
    }

    @Test
    void showsTheRegionInWordsWithEveryCountLinkingToAListOfThatManyRows() throws Exception {
        WebSession web = new WebSession(port);
        web.logIn(WebSession.ADMIN_PASSWORD);

        String page = web.get("/assets/" + TOWNSHIP + "?year=2025").body();

        assertThat(page).contains("扶贫项目资产", "经营性", "公益性", "村集体", "尚未确定所有权人", "在用", "90,000.00",
                "已竣工未登记资产的项目", "2025 年未登记收益的经营性资产").doesNotContain("PRODUCTIVE<", ">IN_USE", ">NONE<");
        Matcher links = Pattern.compile("href=\"(/assets/" + TOWNSHIP + "/list\\?[^\"]+)\"[^>]*>(\\d+)</a>").matcher(page);
        int checked = 0;
        while (links.find()) {
            String list = web.get(links.group(1).replace("&amp;", "&")).body();
            assertThat(count(list, "href=\"/assets/items/")).as(links.group(1)).isEqualTo(Integer.parseInt(links.group(2)));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
        List<org.dhatim.fastexcel.reader.Row> rows = WebSession.sheetRows(
                web.xlsx("/assets/" + TOWNSHIP + "/assets.xlsx?year=2025").body());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("行政区划代码");
    }

    @Test
    void handsOverAndDistributesThroughTheFormsAndShowsTheDividendOnTheHouseholdPage() throws Exception {
        WebSession web = new WebSession(port);
        web.logIn("asset-cadre", "village-pass-2026");
        String page = web.get("/assets/items/" + greenhouse).body();
        HouseholdRow household = registry.households(ALL, VILLAGE, 2015, 0, 1).rows().get(0);

        HttpResponse<String> refused = web.post("/assets/items/" + greenhouse + "/handover", Map.of("ownerKind", "HOUSEHOLD",
                "ownerName", "某户", "custodian", "合作社", "date", "2024-09-01"), page);
        assertThat(refused.body()).contains("“经营性”资产不能归“农户”所有");
        HttpResponse<String> handed = web.post("/assets/items/" + greenhouse + "/handover", Map.of("ownerKind",
                "VILLAGE_COLLECTIVE", "ownerName", "股份经济合作社", "custodian", "蔬菜合作社", "date", "2024-09-01"), page);
        assertThat(handed.body()).as(errors(handed.body())).contains("id=\"saved\"");
        HttpResponse<String> sums = web.post("/assets/items/" + greenhouse + "/income", Map.of("year", "2025",
                "income", "1000", "toCollective", "100", "reinvested", "", "date", "2025-12-01",
                "household1", String.valueOf(household.id()), "share1", "800"), page);
        assertThat(sums.body()).contains("分配到户、村集体和再投入合计 900.00 元，与收益 1000.00 元不符");
        assertThat(web.post("/assets/items/" + greenhouse + "/income", Map.of("year", "2025", "income", "1000",
                "toCollective", "200", "reinvested", "", "date", "2025-12-01", "household1", String.valueOf(household.id()),
                "share1", "800"), page).body()).contains("id=\"saved\"");

        assertThat(web.get("/assets/items/" + greenhouse).body()).contains("股份经济合作社", "蔬菜合作社", "800.00",
                household.headName());
        assertThat(web.get("/households/" + household.id()).body()).contains("收入明细", "资产收益分红：温室大棚", "800.00");
        String asset = web.post("/assets/items/" + greenhouse + "/notice", Map.of("title", "资产移交确权公示",
                "date", "2024-09-05", "days", "7", "place", "村务公开栏"), page).body();
        Matcher notice = Pattern.compile("href=\"/identification/notices/(\\d+)\"").matcher(asset);
        assertThat(notice.find()).as(errors(asset)).isTrue();
        assertThat(web.get("/print/notices/" + notice.group(1)).body()).contains("温室大棚", "经营性", "村集体 股份经济合作社",
                "蔬菜合作社").doesNotContain("id=\"notice-households\"");
    }

    @Test
    void showsTheMenuToCadresAndRefusesWorkTeamMembers() throws Exception {
        WebSession cadre = new WebSession(port);
        cadre.logIn("asset-cadre", "village-pass-2026");
        assertThat(cadre.get("/").body()).contains("id=\"nav-assets\"");

        assertThat(users.add("other-cadre", Role.VILLAGE_CADRE, "620721101202", "village-pass-2028")).isEmpty();
        WebSession other = new WebSession(port);
        other.logIn("other-cadre", "village-pass-2028");
        assertThat(other.fetch("/assets/items/" + greenhouse).statusCode()).as("an asset of another village").isEqualTo(404);

        WebSession team = new WebSession(port);
        team.logIn("asset-team", "village-pass-2027");
        assertThat(team.get("/").body()).doesNotContain("id=\"nav-assets\"");
        assertThat(team.fetch("/assets/" + VILLAGE).statusCode()).isEqualTo(403);
    }

    private static String errors(String page) {
        int start = page.indexOf("id=\"errors\"");
        return start < 0 ? "" : page.substring(start, Math.min(page.length(), start + 400));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
