package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.household.HouseholdEditor;
import org.fupin.identification.domain.CaseKind;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23 (ADR 0031): a case page's step and reject forms act on the step they were shown for. Two cadres open
 * the same case at its application; the first records the application; the second's reject, posted from the page
 * opened before, would otherwise reject the case at its next step, which nobody looked at.
 */
@FupinTest
class StaleStepFormIntegrationTest {

    static final String PASSWORD = "stale-steps-2026";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired IdentificationCases cases;
    @Autowired UserAdministration users;

    @Test
    void aRejectFromAPageShownBeforeTheStepWasRecordedIsRefusedAndTheCaseStaysOpen() throws Exception {
        Samples.importCounty(imports);
        users.add("stale-cadre-1", Role.VILLAGE_CADRE, TestHouseholds.VILLAGE, PASSWORD);
        users.add("stale-cadre-2", Role.VILLAGE_CADRE, TestHouseholds.VILLAGE, PASSWORD);
        long household = TestHouseholds.household(editor).number("T-STALE-1").head("陈旧户", "62072119700404015").create();
        long id = cases.open(RegionScope.ALL, CaseKind.IDENTIFICATION, household, LocalDate.now(),
                new Actor("stale-cadre-1", "VILLAGE_CADRE"));
        WebSession first = new WebSession(port);
        WebSession second = new WebSession(port);
        first.logIn("stale-cadre-1", PASSWORD);
        second.logIn("stale-cadre-2", PASSWORD);
        String pageOfFirst = first.get("/identification/cases/" + id).body();
        String pageOfSecond = second.get("/identification/cases/" + id).body();

        first.post("/identification/cases/" + id + "/steps", Map.of("step", WebSession.hidden(pageOfFirst, "step"),
                "comment", "申请书已收"), pageOfFirst);
        assertThat(cases.find(RegionScope.ALL, id).orElseThrow().status()).isEqualTo("DEMOCRATIC_APPRAISAL");
        String refused = second.post("/identification/cases/" + id + "/reject", Map.of("step",
                WebSession.hidden(pageOfSecond, "step"), "reasons", "材料不全"), pageOfSecond).body();

        assertThat(refused).contains("别人在您打开本页之后已经记录了这一环节");
        assertThat(cases.find(RegionScope.ALL, id).orElseThrow().status()).isEqualTo("DEMOCRATIC_APPRAISAL");
    }
}
