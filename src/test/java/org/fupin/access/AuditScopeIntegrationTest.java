package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23: a township auditor saw the whole county's audit log (logins, reveals, addresses). Each event keeps the
 * region of the user who caused it; an auditor sees those of their own region's users.
 */
@FupinTest
class AuditScopeIntegrationTest {

    static final String PASSWORD = "Audit-scope-2026";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;

    @Test
    void aTownshipAuditorSeesTheTownshipsUsersOnlyAndTheCountyAuditorSeesBoth() throws Exception {
        Samples.importCounty(imports);
        assertThat(users.add("scope-cadre-north", Role.VILLAGE_CADRE, "620721101201", PASSWORD)).isEmpty();
        assertThat(users.add("scope-cadre-south", Role.VILLAGE_CADRE, "620721102206", PASSWORD)).isEmpty();
        assertThat(users.add("scope-auditor-town", Role.AUDITOR, "620721101000", PASSWORD)).isEmpty();
        assertThat(users.add("scope-auditor-county", Role.AUDITOR, "620721000000", PASSWORD)).isEmpty();
        new WebSession(port).logIn("scope-cadre-north", PASSWORD);
        new WebSession(port).logIn("scope-cadre-south", PASSWORD);

        WebSession township = new WebSession(port);
        township.logIn("scope-auditor-town", PASSWORD);
        String townLog = township.get("/audit").body();
        assertThat(townLog).contains("scope-cadre-north").doesNotContain("scope-cadre-south", "scope-auditor-county");

        WebSession county = new WebSession(port);
        county.logIn("scope-auditor-county", PASSWORD);
        assertThat(county.get("/audit").body()).contains("scope-cadre-north", "scope-cadre-south", "scope-auditor-town");
    }
}
