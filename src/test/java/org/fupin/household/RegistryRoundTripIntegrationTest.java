package org.fupin.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #19: a village's households exported in the registry template import back to the same registry (export →
 * import is the identity), and a village cadre, who sees no full ID numbers, cannot download them.
 */
@FupinTest
class RegistryRoundTripIntegrationTest {

    static final String VILLAGE = "620721101201";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired org.fupin.access.UserAdministration users;
    @TempDir Path dir;

    @Test
    void aVillageExportedAndImportedAgainIsTheSameRegistry() throws Exception {
        Samples.importCounty(imports);
        List<HouseholdDetail> before = details();
        assertThat(before).hasSizeGreaterThan(20);
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);

        byte[] xlsx = admin.xlsx("/export/regions/" + VILLAGE + "/registry.xlsx?year=2015").body();
        Path file = dir.resolve("registry-" + VILLAGE + ".xlsx");
        Files.write(file, xlsx);
        ImportReport report = imports.importRegistry(file, false, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.households()).isEqualTo(before.size());
        assertThat(details()).containsExactlyElementsOf(before);

        assertThat(users.add("roundtrip-cadre", org.fupin.access.Role.VILLAGE_CADRE, VILLAGE, "Beiji-round-2026")).isEmpty();
        WebSession cadre = new WebSession(port);
        cadre.logIn("roundtrip-cadre", "Beiji-round-2026");
        assertThat(cadre.fetch("/export/regions/" + VILLAGE + "/registry.xlsx?year=2015").statusCode()).isEqualTo(403);
    }

    private List<HouseholdDetail> details() {
        return registry.households(RegionScope.ALL, VILLAGE, 2015, 0, 1000).rows().stream()
                .map(h -> registry.household(RegionScope.ALL, h.id()).orElseThrow()).toList();
    }
}
