package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Meeting;
import org.fupin.identification.domain.Step;
import org.fupin.imports.Imports;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #16: a household's 脱贫状态 changes only through a procedure. Over HTTP, as a village cadre and as a county
 * administrator, the household form and the REST event route refuse a changed status and leave the status, the
 * household's events and the region's figures as they were; the exit procedure changes all three.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusIsProceduralIntegrationTest {

    static final RegionScope ALL = RegionScope.ALL;
    static final String CADRE_NAME = "sp-cadre";
    static final String COUNTY_NAME = "sp-county";
    static final String PASSWORD = "status-procedural-1";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired HouseholdRegistry registry;
    @Autowired IdentificationCases cases;
    @Autowired CaseNotices caseNotices;
    @Autowired PublicNotices notices;
    @Autowired HouseholdEvents events;
    @Autowired Statistics statistics;
    @Autowired UserAdministration users;

    long household;

    @BeforeAll
    void countyWithAPoorHousehold() {
        Samples.importCounty(imports);
        users.add(CADRE_NAME, Role.VILLAGE_CADRE, TestHouseholds.VILLAGE, PASSWORD);
        users.add(COUNTY_NAME, Role.COUNTY_ADMIN, "620721000000", PASSWORD);
        TestHouseholds.household(editor).number("T-SP-1").head("程序户", "62072119710707019").wage("4000").year(2014).create();
        household = TestHouseholds.household(editor).number("T-SP-1").head("程序户", "62072119710707019").wage("5000")
                .create();
    }

    @Test
    void neitherTheFormNorRestChangesTheStatusButTheExitProcedureDoes() throws Exception {
        RegionStatistics before = village();
        assertThat(registry.povertyStatusCode(ALL, household)).contains("0");

        for (String user : List.of(CADRE_NAME, COUNTY_NAME)) {
            WebSession session = new WebSession(port);
            session.logIn(user, PASSWORD);
            String form = session.get("/households/" + household + "/edit").body();
            assertThat(form).containsPattern("id=\"POVERTY_STATUS\"[^>]*disabled");

            Map<String, String> exited = exitedForm();
            exited.put("version", WebSession.hidden(form, "version"));
            HttpResponse<String> posted = session.post("/households/" + household, exited, form);
            assertThat(posted.statusCode()).isEqualTo(200);
            assertThat(posted.body()).contains("只能由识别、退出、剔除程序或年度导入改变");

            HttpResponse<String> rest = postJson(user, "/api/v1/identification/households/" + household + "/events",
                    "{\"type\":\"EXIT\",\"reason\":\"edited\"}");
            assertThat(rest.statusCode()).isEqualTo(409);
            assertThat(rest.body()).contains("STATUS_BY_PROCEDURE");
        }
        assertThat(registry.povertyStatusCode(ALL, household)).contains("0");
        assertThat(events.history(ALL, TestHouseholds.VILLAGE, "T-SP-1")).isEmpty();
        assertThat(village()).isEqualTo(before);

        exitThroughTheProcedure();

        assertThat(registry.povertyStatusCode(ALL, household)).contains("1");
        assertThat(events.history(ALL, TestHouseholds.VILLAGE, "T-SP-1")).extracting(HouseholdEvents.Event::type)
                .containsExactly(EventType.EXIT);
        RegionStatistics after = village();
        assertThat(after.poorHouseholds()).isEqualTo(before.poorHouseholds() - 1);
        assertThat(after.exitedHouseholds()).isEqualTo(before.exitedHouseholds() + 1);
    }

    /** The household's own cells, with 脱贫状态 已脱贫 and 脱贫年度 2015 as a crafted post would send them. */
    private Map<String, String> exitedForm() {
        Map<String, String> fields = new HashMap<>();
        editor.householdCells(ALL, household).orElseThrow().forEach((column, value) -> fields.put(column.name(), value));
        fields.put(RegistryColumn.POVERTY_STATUS.name(), "已脱贫");
        fields.put(RegistryColumn.EXIT_YEAR.name(), "2015");
        return fields;
    }

    private void exitThroughTheProcedure() {
        Actor cadre = new Actor(CADRE_NAME, "VILLAGE_CADRE");
        long id = cases.open(ALL, CaseKind.EXIT, household, day(10, 1), cadre);
        cases.complete(ALL, id, Step.EXIT_APPRAISAL, Backdated.input(day(10, 3), "", new Meeting(day(10, 3), 30, 28, 0), null),
                cadre);
        cases.complete(ALL, id, Step.EXIT_VERIFICATION, Backdated.input(day(10, 5), "", null, true), cadre);
        cases.complete(ALL, id, Step.HOUSEHOLD_CONSENT, Backdated.on(day(10, 6), "signed"), cadre);
        posted(id, day(10, 7), cadre);
        cases.complete(ALL, id, Step.EXIT_NOTICE, Backdated.on(day(10, 14), ""), cadre);
        posted(id, day(10, 15), cadre);
        cases.complete(ALL, id, Step.EXIT_ANNOUNCEMENT, Backdated.on(day(10, 16), ""), cadre);
        cases.complete(ALL, id, Step.DEREGISTRATION, Backdated.on(day(10, 20), "销号"), new Actor(COUNTY_NAME, "COUNTY_ADMIN"));
    }

    private void posted(long caseId, LocalDate start, Actor actor) {
        long notice = caseNotices.openNotice(ALL, List.of(caseId), "notice", start, "village board", actor);
        notices.recordPosting(ALL, notice, start, "village board", "photo", actor.name());
    }

    private RegionStatistics village() {
        return statistics.forRegion(ALL, TestHouseholds.VILLAGE, 2015);
    }

    private HttpResponse<String> postJson(String user, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2015, month, day);
    }
}
