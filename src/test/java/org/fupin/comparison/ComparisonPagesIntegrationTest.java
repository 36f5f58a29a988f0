package org.fupin.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.comparison.domain.ListType;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The village cadre's side of comparison: the queue of their village, a hit with its evidence (ID masked), the
 * review form; another village's cadre sees nothing of it and cadres cannot run comparisons. The REST API takes
 * a list as a multipart upload and answers 422 with located errors when it is rejected.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonPagesIntegrationTest {

    static final String VILLAGE = "620721204201";
    static final String HOUSEHOLD = "6207211500361";
    static final String MEMBER_ID = "620721196304053332";
    static final String PASSWORD = "comparison-test-2015";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired Comparison comparison;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;
    long hitId;

    @BeforeAll
    void aPayrollHitInTheVillage() throws Exception {
        Samples.importCounty(imports);
        long household = jdbc.sql("select id from household where household_number = :n and year = 2015")
                .param("n", HOUSEHOLD).query(Long.class).single();
        comparison.recordConsent(RegionScope.ALL, household, LocalDate.of(2015, 4, 1), "scan 2015-0401");
        comparison.importList(ComparisonEndToEndIntegrationTest.csv("payroll", """
                证件号码,姓名,供养类别,工作单位
                %s,某某,事业编制,县第一中学
                """.formatted(MEMBER_ID)), new ListSource(ListType.PAYROLL, "县财政局", LocalDate.of(2015, 6, 30)),
                Imports.DEFAULT_LOCALE);
        Views.Run run = comparison.run(RegionScope.ALL, VILLAGE, 2015);
        hitId = comparison.hitsOfRun(run.id()).stream().filter(h -> h.ruleCode().equals("PUBLIC_PAYROLL"))
                .findFirst().orElseThrow().id();
        users.add("cadre-comparison", Role.VILLAGE_CADRE, VILLAGE, PASSWORD);
        users.add("cadre-next-door", Role.VILLAGE_CADRE, "620721204208", PASSWORD);
    }

    @Test
    void theVillageCadreReviewsAHitFromTheQueueWithTheEvidenceMasked() throws Exception {
        WebSession session = new WebSession(port);
        session.logIn("cadre-comparison", PASSWORD);
        String queue = session.get("/comparison/queue?status=PENDING").body();
        assertThat(queue).contains(HOUSEHOLD, "620721***********2").doesNotContain(MEMBER_ID);
        String page = session.get("/comparison/hits/" + hitId).body();
        assertThat(page).contains("县财政局", "县第一中学", "620721***********2", "review-form").doesNotContain(MEMBER_ID);

        HttpResponse<String> noReason = session.post("/comparison/hits/" + hitId + "/review",
                Map.of("decision", "DISMISS", "note", ""), page);
        assertThat(noReason.body()).contains("排除疑点时必须填写理由");
        session.post("/comparison/hits/" + hitId + "/review", Map.of("decision", "DISMISS", "note", "已调离，工资不在本县发放"), page);
        assertThat(session.get("/comparison/hits/" + hitId).body()).contains("已排除", "已调离，工资不在本县发放")
                .doesNotContain("review-form");
        // the hit's evidence names the department; the county's list of lists does not show to a cadre (issue #23)
        assertThat(session.get("/comparison").body()).contains("信息比对").doesNotContain("县财政局");
    }

    @Test
    void theCadreNextDoorSeesNothingAndCadresCannotRunComparisons() throws Exception {
        WebSession session = new WebSession(port);
        session.logIn("cadre-next-door", PASSWORD);
        assertThat(session.fetch("/comparison/hits/" + hitId).statusCode()).isEqualTo(404);
        assertThat(session.get("/comparison/queue").body()).doesNotContain(HOUSEHOLD);
        String page = session.get("/comparison").body();
        assertThat(session.post("/comparison/runs", Map.of("region", "620721204208", "year", "2015"), page).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theApiTakesAListAsMultipartAndRejectsAnInvalidIdWithItsRow() throws Exception {
        String boundary = "fupin-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"deaths.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n证件号码,姓名,死亡日期\r\n62072119630405333X,某某,2015-01-02\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/comparison/lists/DEATH?department=x&asOf=2015-06-30"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"row\":2", "ID_CHECK_DIGIT", "校验位").doesNotContain("62072119630405333X");
    }
}
