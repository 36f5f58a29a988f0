package org.fupin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The clue form and the episode page walking the procedure, with refusals shown on the page (issue #10). */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringEpisodePagesIntegrationTest {

    static final String VILLAGE = "620721102204";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired Monitoring monitoring;
    @Autowired org.fupin.notice.PublicNotices publicNotices;
    @Autowired MonitoringRanges ranges;
    @Autowired org.fupin.access.UserAdministration users;

    @BeforeAll
    void sampleCounty() {
        Samples.importCounty(imports);
        ranges.setRange(RegionScope.ALL, VILLAGE, 2024, new org.fupin.monitoring.domain.RangeRule(
                org.fupin.monitoring.domain.RangeRule.Basis.AMOUNT, new BigDecimal("7000")), null, "test", "test");
    }

    @Test
    void aClueRecordedOnTheFormGoesThroughVisitComparisonAndReviewOnItsPage() throws Exception {
        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
        assertThat(session.get("/monitoring/clues/new").body()).contains("id=\"village-form\"");
        assertThat(session.get("/monitoring/clues/new?village=12345").body())
                .contains("请选择或填写您管辖范围内的村代码").doesNotContain("id=\"clue-form\"");
        String form = session.get("/monitoring/clues/new?village=" + VILLAGE).body();
        assertThat(form).contains("记录监测线索", "因病", "干部排查", "/monitoring/villages/" + VILLAGE + "/clues");
        String villageClues = "/monitoring/villages/" + VILLAGE + "/clues";
        String missingHead = session.post(villageClues, Map.of("householdNumber", "TMP-EP-1", "memberCount", "3",
                "channel", "CADRE_SCREENING", "riskType", "ILLNESS", "receivedOn", "2024-05-02"), form).body();
        assertThat(missingHead).contains("请填写户主姓名", "value=\"TMP-EP-1\"");
        assertThat(monitoring.history(RegionScope.ALL, VILLAGE, "TMP-EP-1")).isEmpty();
        HttpResponse<String> recorded = session.post(villageClues, Map.of(
                "householdNumber", "TMP-EP-1", "headName", "表单测试户", "memberCount", "3", "channel",
                "CADRE_SCREENING", "riskType", "ILLNESS", "receivedOn", "2024-05-02", "detail", "住院"), form);
        String path = recorded.uri().getPath();
        assertThat(path).matches("/monitoring/episodes/[0-9]+");
        assertThat(recorded.body()).contains("TMP-EP-1", "表单测试户", "识别中", "当前环节：入户核查", "住院");

        String visitRefused = post(session, path + "/visit", visit("甲"));
        assertThat(visitRefused).contains("入户核查1人，至少需要2人").doesNotContain("已保存");
        String outOfOrder = post(session, path + "/review", Map.of("on", "2024-05-06", "approved", "true"));
        assertThat(outOfOrder).contains("当前应办理的环节是入户核查，不能办理村级民主评议");

        assertThat(post(session, path + "/visit", visit("甲、乙"))).contains("已保存", "当前环节：信息比对", "甲, 乙");
        assertThat(post(session, path + "/comparison", Map.of("on", "2024-05-05", "comment", "无比对疑点")))
                .contains("当前环节：村级民主评议", "无比对疑点");
        String reviewed = post(session, path + "/review", Map.of("on", "2024-05-06", "approved", "true",
                "comment", "评议通过"));
        assertThat(reviewed).contains("当前环节：村内公示", "评议通过", "开始公示");
        assertThat(reviewed).doesNotContainPattern("[0-9]{17}[0-9Xx]").doesNotContain("??");

        String list = session.get("/monitoring?region=" + VILLAGE + "&date=2024-06-01&dimension=STATUS&key=IDENTIFYING")
                .body();
        assertThat(list).contains("href=\"" + path + "\"", "/monitoring/clues/new");
    }

    @Test
    void aReviewRejectedOnThePageEndsTheEpisodeAndLeavesNoStepForm() throws Exception {
        long id = monitoring.recordClue(RegionScope.ALL, new Views.ClueInput(VILLAGE, "TMP-EP-2", "评议测试户", 2,
                Views.Channel.SELF_DECLARATION, "", "DISASTER", LocalDate.of(2024, 6, 1), null, ""), "test");
        monitoring.homeVisit(RegionScope.ALL, id, new Views.VisitInput(LocalDate.of(2024, 6, 3), List.of("甲", "乙"),
                true, "", new BigDecimal("9000"), BigDecimal.ZERO, false, true, List.of("DISASTER"), ""), "test");
        monitoring.compare(RegionScope.ALL, id, LocalDate.of(2024, 6, 4), null, "", "test");
        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
        String page = post(session, "/monitoring/episodes/" + id + "/review",
                Map.of("on", "2024-06-05", "approved", "false", "comment", "收入高于监测范围"));
        assertThat(page).contains("未纳入", "未通过", "收入高于监测范围").doesNotContain("id=\"current-step\"");
        String again = post(session, "/monitoring/episodes/" + id + "/review", Map.of("on", "2024-06-06"));
        assertThat(again).contains("该户已不在识别程序中（未纳入）");
    }

    @Test
    void theNoticeTheCountyDecisionAndTheHelpOfAMonitoredHouseholdAreRecordedOnThePage() throws Exception {
        long id = monitoring.recordClue(RegionScope.ALL, new Views.ClueInput(VILLAGE, "TMP-EP-3", "帮扶测试户", 4,
                Views.Channel.DEPARTMENT_WARNING, "医保局", "ILLNESS", LocalDate.of(2024, 7, 1), null, ""), "test");
        monitoring.homeVisit(RegionScope.ALL, id, new Views.VisitInput(LocalDate.of(2024, 7, 3), List.of("甲", "乙"),
                true, "", new BigDecimal("6000"), BigDecimal.ZERO, false, true, List.of("ILLNESS"), ""), "test");
        monitoring.compare(RegionScope.ALL, id, LocalDate.of(2024, 7, 4), null, "", "test");
        monitoring.democraticReview(RegionScope.ALL, id, LocalDate.of(2024, 7, 5), true, "", "test");
        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
        String path = "/monitoring/episodes/" + id;
        assertThat(post(session, path + "/notice", Map.of("on", "2024-07-06", "place", "村务公开栏")))
                .contains("当前环节：乡镇审核", "公示与张贴登记");
        long notice = monitoring.detail(RegionScope.ALL, id).episode().noticeId();
        publicNotices.recordPosting(RegionScope.ALL, notice, LocalDate.of(2024, 7, 6), "村务公开栏", "照片", "test");

        String early = post(session, path + "/township", Map.of("on", "2024-07-08", "approved", "true"));
        assertThat(early).contains("村内公示尚未结束或仍有未处理的异议", "id=\"refused\"", "才结束");
        post(session, path + "/township", Map.of("on", "2024-07-11", "approved", "true"));
        String decided = post(session, path + "/county", Map.of("on", "2024-07-12", "approved", "true"));
        assertThat(decided).doesNotContain("??");
        assertThat(decided).contains("风险未消除", "边缘易致贫户", "当前环节：风险消除入户核实", "id=\"measure-form\"");

        assertThat(post(session, path + "/measures", Map.of("kind", "INDUSTRY", "on", "2024-07-20",
                "description", "养殖补助"))).contains("产业帮扶", "养殖补助");
        assertThat(post(session, path + "/follow-ups", Map.of("on", "2024-08-01", "incomePerCapita", "9000",
                "note", "已出院"))).contains("已出院", "9000");
        String refused = post(session, path + "/elimination-visit", Map.of("on", "2024-08-02", "visitors", "甲、乙"));
        assertThat(refused).contains("尚不符合风险消除条件", "收入稳定超过监测范围");
    }

    @Test
    void aCadreOfOneVillageGetsItsFormDirectlyAndCannotRecordAClueNextDoor() throws Exception {
        users.add("mon-pages-cadre", org.fupin.access.Role.VILLAGE_CADRE, VILLAGE, "Qilian-grass-2024");
        WebSession session = new WebSession(port);
        session.logIn("mon-pages-cadre", "Qilian-grass-2024");
        String form = session.get("/monitoring/clues/new").body();
        assertThat(form).contains("id=\"clue-form\"", "/monitoring/villages/" + VILLAGE + "/clues");
        HttpResponse<String> foreign = session.post("/monitoring/villages/620721102201/clues", Map.of(
                "householdNumber", "TMP-EP-4", "headName", "邻村户", "memberCount", "2", "channel", "CADRE_SCREENING",
                "riskType", "ILLNESS", "receivedOn", "2024-05-02"), form);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(monitoring.history(RegionScope.ALL, "620721102201", "TMP-EP-4")).isEmpty();
    }

    private static Map<String, String> visit(String visitors) {
        return Map.of("on", "2024-05-04", "visitors", visitors, "consentSigned", "true", "incomePerCapita", "6000",
                "rigidExpenditure", "0", "riskTypes", "ILLNESS", "comment", "采集表已填");
    }

    private static String post(WebSession session, String path, Map<String, String> fields) throws Exception {
        HttpResponse<String> response = session.post(path, fields, session.get(path.replaceAll("/[a-z-]+$", "")).body());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.uri().getPath()).as(path).matches("/monitoring/episodes/[0-9]+");
        return response.body();
    }
}
