package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Row;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.domain.IdNumber;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Meeting;
import org.fupin.identification.domain.Step;
import org.fupin.imports.Imports;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The pages, the printed notice, the XLSX export and the REST API of the cases, as a user sees them. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentificationPagesIntegrationTest {

    private static final String ID_BODY = "62072119800707007";
    private static final String ID_NUMBER = ID_BODY + IdNumber.checkCharacter(ID_BODY);
    private static final String PHONE = "13912345678";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired IdentificationCases cases;
    @Autowired CaseNotices caseNotices;
    @Autowired PublicNotices notices;

    private WebSession session;
    private long caseId;
    private long noticeId;

    @BeforeAll
    void aCaseAtItsFirstNotice() throws Exception {
        Samples.importCounty(imports);
        long household = TestHouseholds.household(editor).number("T-WEB-1").head("网页户", ID_BODY).phone(PHONE).create();
        Actor cadre = new Actor("cadre", "VILLAGE_CADRE");
        caseId = cases.open(RegionScope.ALL, CaseKind.IDENTIFICATION, household, LocalDate.of(2015, 3, 1), cadre);
        cases.complete(RegionScope.ALL, caseId, Step.APPLICATION, Backdated.on(LocalDate.of(2015, 3, 1), ""), cadre);
        cases.complete(RegionScope.ALL, caseId, Step.DEMOCRATIC_APPRAISAL, Backdated.input(LocalDate.of(2015, 3, 4), "",
                new Meeting(LocalDate.of(2015, 3, 4), 21, 20, 1), null), cadre);
        cases.complete(RegionScope.ALL, caseId, Step.VERIFICATION, Backdated.on(LocalDate.of(2015, 3, 6), ""), cadre);
        noticeId = caseNotices.openNotice(RegionScope.ALL, List.of(caseId), "web notice", LocalDate.of(2015, 3, 10),
                "board", cadre);
        session = new WebSession(port);
        session.logIn(WebSession.ADMIN, WebSession.ADMIN_PASSWORD);
    }

    @Test
    void aRemovalCaseIsOpenedFromTheHouseholdPage() throws Exception {
        long household = TestHouseholds.household(editor).number("T-WEB-9").head("剔除网页户", "62072119700404021").create();
        String page = session.get("/households/" + household).body();
        assertThat(page).contains("id=\"open-case\"", "剔除（错评）", "发起程序");

        HttpResponse<String> opened = session.post("/identification/cases",
                Map.of("householdId", String.valueOf(household), "kind", "REMOVAL"), page);

        assertThat(opened.uri().getPath()).matches("/identification/cases/\\d+");
        assertThat(opened.body()).contains("T-WEB-9", "剔除（错评）", "村民代表大会评议剔除");
    }

    @Test
    void theCaseListAndTheCasePageShowTheStepsInChinese() throws Exception {
        assertThat(session.get("/identification").body()).contains("T-WEB-1", "第一次公示");
        String page = session.get("/identification/cases/" + caseId).body();

        assertThat(page).contains("农户申请", "村民代表大会民主评议", "到会 21 人", "第一次公示");
        assertThat(page).contains("公示期 5 天，不少于规定的 5 天").doesNotContain(ID_NUMBER);
    }

    @Test
    void theDecisionPageExplainsItselfInPlainChinese() throws Exception {
        String page = session.get("/identification/cases/" + caseId + "/decision").body();

        assertThat(page).contains("结论：符合识别条件", "2015 年国家扶贫标准 2855.00 元",
                "2015 年人均纯收入 1000.00 元，低于扶贫标准 2855.00 元", "住房安全等级 B，住房安全有保障",
                "未发现“拥有小轿车、大型农用车、工程机械或船舶”的情形");
    }

    @Test
    void thePrintedNoticeListsNamesAndFactsButNoIdNumberPhoneOrHealthDetail() throws Exception {
        String page = session.get("/print/notices/" + noticeId).body();

        assertThat(page).contains("网页户", "北极村民委员会", "一般贫困户", "缺资金");
        assertThat(page).doesNotContain(ID_NUMBER, ID_BODY.substring(0, 6) + "********", IdNumber.masked(ID_NUMBER),
                PHONE, PHONE.substring(7), "健康");
        assertThat(page.replaceAll("\\D", " ")).doesNotContainPattern("\\d{15,}");
    }

    @Test
    void anObjectionEnteredOnTheNoticePageBlocksTheStep() throws Exception {
        String noticePage = session.get("/identification/notices/" + noticeId).body();
        session.post("/identification/notices/" + noticeId + "/posting", Map.of("postedOn", "2015-03-10",
                "place", "board", "evidence", "photo"), noticePage);
        session.post("/identification/notices/" + noticeId + "/objections", Map.of("objector", "村民", "content",
                "有车", "receivedOn", "2015-03-11"), noticePage);
        String casePage = session.get("/identification/cases/" + caseId).body();

        String refused = session.post("/identification/cases/" + caseId + "/steps", Map.of("date", "2015-03-20"),
                casePage).body();

        assertThat(refused).contains("这一环节现在还不能办结", "还有 1 条异议没有处理完毕");
        notices.notice(RegionScope.ALL, noticeId).orElseThrow().objections().stream().filter(o -> o.resolvedOn() == null)
                .forEach(o -> notices.resolveObjection(RegionScope.ALL, noticeId, o.id(), "not upheld",
                        LocalDate.of(2015, 3, 20), "test"));
    }

    @Test
    void theXlsxExportHasOneRowPerCaseWithItsStepDates() throws Exception {
        List<Row> rows = WebSession.sheetRows(session.xlsx("/export/identification/cases.xlsx?kind=IDENTIFICATION").body());

        Row header = rows.get(0);
        Row ours = rows.stream().filter(r -> "T-WEB-1".equals(r.getCellText(3))).findFirst().orElseThrow();
        assertThat(header.getCellText(10)).isEqualTo("村民代表大会民主评议");
        assertThat(ours.getCellText(10)).isEqualTo("2015-03-04");
        assertThat(ours.getCellText(6)).isEqualTo("第一次公示");
    }

    @Test
    void theRestApiRefusesAStepWithItsReasons() throws Exception {
        HttpResponse<String> response = api("/api/v1/identification/cases/" + caseId + "/steps", "{\"date\": \"2015-03-12\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("STEP_REFUSED", "PERIOD_ENDED");
    }

    @Test
    void theRestApiRecordsAnObjectionAndSaysTheNoticeBlocks() throws Exception {
        HttpResponse<String> objection = api("/api/v1/identification/notices/" + noticeId + "/objections",
                "{\"objector\": \"anonymous\", \"content\": \"income hidden\", \"receivedOn\": \"2015-03-13\"}");
        HttpResponse<String> verdict = api("/api/v1/identification/notices/" + noticeId + "/may-advance?date=2015-03-16", null);

        assertThat(objection.statusCode()).isEqualTo(200);
        assertThat(verdict.body()).contains("\"name\":\"NO_OPEN_OBJECTION\",\"passed\":false");
        notices.notice(RegionScope.ALL, noticeId).orElseThrow().objections().stream().filter(o -> o.resolvedOn() == null)
                .forEach(o -> notices.resolveObjection(RegionScope.ALL, noticeId, o.id(), "not upheld",
                        LocalDate.of(2015, 3, 20), "test"));
    }

    @Test
    void theParametersPageShowsTheLinesAndTheParameters() throws Exception {
        assertThat(session.get("/identification/parameters").body()).contains("2855.00", "NOTICE_DAYS.IDENTIFICATION_FIRST");
    }

    @Test
    void oneNoticeListsTheTickedHouseholdsOfAVillage() throws Exception {
        Actor cadre = new Actor("cadre", "VILLAGE_CADRE");
        long first = atFirstNotice(TestHouseholds.household(editor).number("T-WEB-2").head("甲户", "62072119810808009").create(), cadre);
        long second = atFirstNotice(TestHouseholds.household(editor).number("T-WEB-3").head("乙户", "62072119820909001").create(), cadre);
        String list = session.get("/identification").body();

        HttpResponse<String> notice = session.post("/identification/notices", Map.of("caseIds", first + "\u3001" + second,
                "start", "2015-03-10", "place", "board"), list);

        assertThat(notice.uri().getPath()).startsWith("/identification/notices/");
        assertThat(notice.body()).contains("甲户", "乙户", "第一次公示名单");
        assertThat(cases.find(RegionScope.ALL, first).orElseThrow().noticeId())
                .isEqualTo(cases.find(RegionScope.ALL, second).orElseThrow().noticeId()).isNotNull();
    }

    private long atFirstNotice(long household, Actor cadre) {
        long id = cases.open(RegionScope.ALL, CaseKind.IDENTIFICATION, household, LocalDate.of(2015, 3, 1), cadre);
        cases.complete(RegionScope.ALL, id, Step.APPLICATION, Backdated.on(LocalDate.of(2015, 3, 1), ""), cadre);
        cases.complete(RegionScope.ALL, id, Step.DEMOCRATIC_APPRAISAL, Backdated.input(LocalDate.of(2015, 3, 4), "",
                new Meeting(LocalDate.of(2015, 3, 4), 21, 20, 1), null), cadre);
        cases.complete(RegionScope.ALL, id, Step.VERIFICATION, Backdated.on(LocalDate.of(2015, 3, 6), ""), cadre);
        return id;
    }

    private HttpResponse<String> api(String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (body != null) request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
