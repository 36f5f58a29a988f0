package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.audit.AuditEvent;
import org.fupin.audit.AuditLog;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** What each role may do: auditors read the audit trail only; cadres reveal with a reason; guessing locks out. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePermissionsIntegrationTest {

    private static final String VILLAGE = "620721203201";
    private static final String PASSWORD = "permission-test-1";

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired HouseholdRegistry households;
    @Autowired AuditLog audit;

    private HouseholdRow household;

    @BeforeAll
    void importAndCreateUsers() {
        Samples.importCounty(imports);
        assertThat(users.add("auditor-1", Role.AUDITOR, null, PASSWORD)).isEmpty();
        assertThat(users.add("cadre-1", Role.VILLAGE_CADRE, VILLAGE, PASSWORD)).isEmpty();
        assertThat(users.add("guessed-1", Role.VILLAGE_CADRE, VILLAGE, PASSWORD)).isEmpty();
        household = households.households(RegionScope.ALL, VILLAGE, 2015, 0, 1).rows().get(0);
    }

    @Test
    void refusesWeakPasswordsAndRegionsThatDoNotFitTheRole() {
        assertThat(users.add("weak-1", Role.VILLAGE_CADRE, VILLAGE, "short1")).containsExactly("PASSWORD_TOO_SHORT");
        assertThat(users.add("weak-2", Role.VILLAGE_CADRE, VILLAGE, "onlyletters")).containsExactly("PASSWORD_TOO_SIMPLE");
        assertThat(users.add("wrong-level", Role.VILLAGE_CADRE, "620721203000", PASSWORD)).containsExactly("REGION_LEVEL");
        assertThat(users.add("no-region", Role.TOWNSHIP_OFFICER, null, PASSWORD)).containsExactly("REGION_REQUIRED");
    }

    @Test
    void anAuditorReadsTheAuditTrailButChangesAndRevealsNothing() throws Exception {
        WebSession auditor = new WebSession(port);
        auditor.logIn("auditor-1", PASSWORD);

        assertThat(auditor.get("/audit").body()).contains("id=\"chain-intact\"");
        assertThat(auditor.fetch("/imports").statusCode()).isEqualTo(403);
        assertThat(auditor.fetch("/households/" + household.id() + "/edit").statusCode()).isEqualTo(403);
        assertThat(auditor.fetch("/households/" + household.id() + "/members/1/reveal").statusCode()).isEqualTo(403);
        String page = auditor.get("/households/" + household.id()).body();
        assertThat(auditor.post("/households/" + household.id(), Map.of("WAGE_INCOME", "1"), page).statusCode()).isEqualTo(403);
    }

    @Test
    void aCadreRevealsAFullIdNumberOnlyWithAReasonAndTheRevealIsAudited() throws Exception {
        WebSession cadre = new WebSession(port);
        cadre.logIn("cadre-1", PASSWORD);
        assertThat(cadre.fetch("/audit").statusCode()).isEqualTo(403);
        String form = cadre.get("/households/" + household.id() + "/members/1/reveal").body();

        String refused = cadre.post("/households/" + household.id() + "/members/1/reveal", Map.of("reason", ""), form).body();
        assertThat(refused).contains("id=\"reason-error\"").doesNotContainPattern("\\d{17}[\\dX]");

        var shown = cadre.post("/households/" + household.id() + "/members/1/reveal", Map.of("reason", "核对低保名单"), form);
        assertThat(shown.body()).containsPattern("id=\"revealed\">\\d{17}[\\dX]<");
        assertThat(shown.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        AuditEvent reveal = audit.search("REVEAL_ID", 1).get(0);
        assertThat(reveal.actor()).isEqualTo("cadre-1");
        assertThat(reveal.detail()).contains("核对低保名单").doesNotContainPattern("\\d{17}[\\dX]");
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        WebSession guesser = new WebSession(port);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(guesser.logIn("guessed-1", "wrong-" + i).uri().toString()).contains("/login?error");
        }

        assertThat(guesser.logIn("guessed-1", PASSWORD).uri().toString()).contains("/login?error");
    }
}
