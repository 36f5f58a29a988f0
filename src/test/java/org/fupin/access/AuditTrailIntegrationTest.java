package org.fupin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.audit.AuditEvent;
import org.fupin.audit.AuditLog;
import org.fupin.imports.Imports;
import org.fupin.system.Database;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Imports, logins and exports are audited; the chain verifies, and altering one row makes verification fail. */
@FupinTest
class AuditTrailIntegrationTest {

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired AuditLog audit;
    @Autowired Database database;

    @Test
    void recordsImportsLoginsAndExportsInAChainThatDetectsTampering() throws Exception {
        Samples.importCounty(imports);
        WebSession session = new WebSession(port);
        // a success first: failures are counted per client address and aggregated (1st, 2nd, 4th… written), and
        // other test classes fail logins from this address too
        new WebSession(port).logIn(WebSession.ADMIN_PASSWORD);
        session.logIn("wrong-password-1");
        session.logIn(WebSession.ADMIN_PASSWORD);
        session.xlsx("/export/regions/620721000000/households.xlsx?year=2015");

        assertThat(audit.search(null, 500)).extracting(AuditEvent::action)
                .contains("IMPORT_REGISTRY", "LOGIN_FAILED", "LOGIN", "EXPORT");
        java.util.Set<String> idNumbers = java.nio.file.Files.readAllLines(Samples.file("registry.csv")).stream().skip(1)
                .map(line -> line.split(",")[4]).collect(java.util.stream.Collectors.toSet());
        assertThat(audit.search(null, 500)).noneMatch(e -> idNumbers.stream()
                .anyMatch(id -> e.detail().contains(id) || e.target().contains(id)));
        assertThat(audit.search("LOGIN_FAILED", 1).get(0).target()).isEqualTo("admin");
        assertThat(audit.verify()).isEmpty();

        long tampered = audit.search("IMPORT_REGISTRY", 1).get(0).id();
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = owner.createStatement()) {
            st.execute("update audit_event set detail = 'rows=1' where id = " + tampered);
        }

        assertThat(audit.verify()).contains(tampered);
    }
}
