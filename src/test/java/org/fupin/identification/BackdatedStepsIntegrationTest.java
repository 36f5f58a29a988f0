package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.audit.AuditLog;
import org.fupin.household.HouseholdEditor;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Step;
import org.fupin.identification.domain.Workflow;
import org.fupin.imports.Imports;
import org.fupin.kernel.Check;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.fupin.web.WebSession;
import java.util.Map;

/**
 * Issue #16, honest dates: a step dated more than STEP_BACKDATE_DAYS (3) before the day it is entered needs a
 * reason, which is kept on the step and in the audit log; within 3 days none is asked; never before the previous step.
 */
@FupinTest
class BackdatedStepsIntegrationTest {

    static final Actor CADRE = new Actor("cadre", "VILLAGE_CADRE");
    static final RegionScope ALL = RegionScope.ALL;

    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired IdentificationCases cases;
    @Autowired AuditLog audit;
    @LocalServerPort int port;

    @Test
    void aStepDatedTenDaysAgoNeedsAReasonKeptOnTheStepAndInTheAuditLog() {
        Samples.importCounty(imports);
        LocalDate today = LocalDate.now();
        long household = TestHouseholds.household(editor).number("T-BD-1").head("补录户", "62072119700303029").create();
        long id = cases.open(ALL, CaseKind.IDENTIFICATION, household, today.minusDays(10), CADRE);

        assertThatThrownBy(() -> cases.complete(ALL, id, Step.APPLICATION,
                new StepInput(today.minusDays(10), "申请书", null, null, " "), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.verdict().reasons())
                        .containsExactly(Check.of(Workflow.BACKDATE_REASON, false, today.minusDays(10), 10L, 3)));

        cases.complete(ALL, id, Step.APPLICATION, new StepInput(today.minusDays(10), "申请书", null, null,
                "纸质申请书迟交乡里"), CADRE);

        CaseRecord c = cases.find(ALL, id).orElseThrow();
        assertThat(c.steps()).singleElement().satisfies(s -> {
            assertThat(s.decidedOn()).isEqualTo(today.minusDays(10));
            assertThat(s.backdateReason()).isEqualTo("纸质申请书迟交乡里");
        });
        assertThat(audit.search("case/" + id, 20).stream().filter(a -> a.action().equals("CASE_STEP")).toList())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.action()).isEqualTo("CASE_STEP");
                    assertThat(a.target()).isEqualTo("case/" + id);
                    assertThat(a.detail()).contains("backdated: 纸质申请书迟交乡里");
                });

        assertThatThrownBy(() -> cases.complete(ALL, id, Step.DEMOCRATIC_APPRAISAL,
                new StepInput(today.minusDays(11), "", null, null, "纸质记录"), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.verdict().reasons())
                        .extracting(Check::name).contains(Workflow.DATE_IN_ORDER));
    }

    @Test
    void aStepDatedThreeDaysAgoNeedsNoReasonAndIsNotMarked() {
        Samples.importCounty(imports);
        LocalDate today = LocalDate.now();
        long household = TestHouseholds.household(editor).number("T-BD-2").head("按时户", "62072119700303037").create();
        long id = cases.open(ALL, CaseKind.IDENTIFICATION, household, today.minusDays(3), CADRE);

        cases.complete(ALL, id, Step.APPLICATION, StepInput.on(today.minusDays(3), "申请书"), CADRE);

        assertThat(cases.find(ALL, id).orElseThrow().steps()).singleElement()
                .satisfies(s -> assertThat(s.backdateReason()).isNull());
    }

    @Test
    void theCasePageAsksForTheReasonKeepsWhatWasTypedWhenRefusedAndMarksTheBackdatedStep() throws Exception {
        Samples.importCounty(imports);
        LocalDate tenDaysAgo = LocalDate.now().minusDays(10);
        long household = TestHouseholds.household(editor).number("T-BD-3").head("页面户", "62072119700303045").create();
        long id = cases.open(ALL, CaseKind.IDENTIFICATION, household, tenDaysAgo, CADRE);
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        String page = admin.get("/identification/cases/" + id).body();
        assertThat(page).contains("补录理由（日期早于今天3天以上时必填）");

        String refused = admin.post("/identification/cases/" + id + "/steps", Map.of("date", tenDaysAgo.toString(),
                "comment", "本人书面申请"), page).body();

        assertThat(refused).contains("早于今天 10 天（超过 3 天）：请填写补录理由", "value=\"本人书面申请\"",
                "value=\"" + tenDaysAgo + "\"");
        String done = admin.post("/identification/cases/" + id + "/steps", Map.of("date", tenDaysAgo.toString(),
                "comment", "本人书面申请", "backdateReason", "村里停电未能及时录入"), refused).body();
        assertThat(done).contains("补录：村里停电未能及时录入");
    }
}
