package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.identification.SnapshotPrefill;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The tree page, its search, the REST tree and the region page over the years (issue #26, ADR 0037): 康乐镇 moves to
 * a new county and 北极村 merges into 北峰村 from 2016.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionTreeYearsIntegrationTest {

    static final String COUNTY = "620721000000", MOVED = "620721102000", MOVED_TO = "620722102000";
    static final String PASSWORD = "tree-years-1";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired SnapshotPrefill prefill;

    private WebSession admin;

    @BeforeAll
    void changedCounty() throws Exception {
        Samples.importCounty(imports);
        Path file = Files.createTempFile("changes", ".csv");
        Files.writeString(file, "年度,原代码,新代码,变更类型,新名称\n2016,,620722000000,新设,民乐县\n"
                + "2016,620721101201,620721101202,合并,\n2016,620721102000,620722102000,迁移,\n");
        assertThat(imports.importRegionChanges(file, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        prefill.prefill(RegionScope.ALL, "620721101202", 2015, "test");
        prefill.prefill(RegionScope.ALL, "620721101201", 2015, "test");
        users.add("tree-township", Role.TOWNSHIP_OFFICER, "620721101000", PASSWORD);
        admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
    }

    @Test
    void theTreeOfAYearListsTheRegionsOfThatYearAndItsNodesFetchThatYearsChildren() throws Exception {
        String y2015 = admin.get("/tree/" + COUNTY + "/children?year=2015").body();
        String y2016 = admin.get("/tree/" + COUNTY + "/children?year=2016").body();
        String latest = admin.get("/tree/" + COUNTY + "/children").body();

        assertThat(y2015).contains("href=\"/regions/" + MOVED + "\"", "hx-get=\"/tree/" + MOVED + "/children?year=2015\"", ">镇<");
        assertThat(y2016).doesNotContain("/regions/" + MOVED + "\"").contains("hx-get=\"/tree/620721101000/children?year=2016\"");
        assertThat(latest).doesNotContain("/regions/" + MOVED + "\"");
        assertThat(admin.get("/tree/620700000000/children?year=2016").body()).contains("民乐县");
        assertThat(admin.get("/tree/620700000000/children?year=2015").body()).doesNotContain("民乐县");
        assertThat(admin.get("/tree/620721101000/children?year=2016").body()).doesNotContain("北极村民委员会")
                .contains("北峰村民委员会", ">村委会<");
    }

    @Test
    void searchFindsRegionsByNameAndCodePrefixOnlyWithinTheUsersScope() throws Exception {
        assertThat(admin.get("/tree?q=康乐").body()).contains("id=\"tree-found\"", "/regions/" + MOVED_TO + "\"")
                .doesNotContain("/regions/" + MOVED + "\"");
        assertThat(admin.get("/tree?q=康乐&year=2015").body()).contains("/regions/" + MOVED + "?year=2015\"")
                .doesNotContain("/regions/" + MOVED_TO + "\"");
        assertThat(admin.get("/tree?q=62072110121").body()).contains("/regions/620721101210\"", "/regions/620721101218\"");
        WebSession township = new WebSession(port);
        township.logIn("tree-township", PASSWORD);
        assertThat(township.get("/tree?q=村民委员会").body()).contains("/regions/620721101202\"")
                .doesNotContain("/regions/6207211022", "/regions/6207221022");
        assertThat(township.get("/tree?q=620722").body()).contains("没有找到符合的区划");
        assertThat(json(township, "/api/v1/regions/search?q=620722")).contains("\"regions\":[]");
    }

    @Test
    void theMergedVillagesPageAndRestSayItsSeriesIncludesItsPredecessor() throws Exception {
        String page = admin.get("/regions/620721101202?year=2016").body();

        assertThat(page).contains("id=\"series-predecessors\"", "含前身区划的数字（合计在内）：北极村民委员会（2016 年以前，合并）");
        assertThat(json(admin, "/api/v1/regions/620721101202/predecessors"))
                .contains("\"code\":\"620721101201\"", "\"untilYear\":2016");
        assertThat(json(admin, "/api/v1/regions/" + COUNTY + "/children?year=2016")).doesNotContain(MOVED);
        assertThat(json(admin, "/api/v1/regions/" + COUNTY + "/children?year=2015")).contains(MOVED);
    }

    private static String json(WebSession session, String path) throws Exception {
        return new String(session.bytes(path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
