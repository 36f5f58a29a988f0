package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.audit.AuditLog;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdSearch;
import org.fupin.imports.ImportIssue;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #16: the yearly import keeps loading a year, but a file that changes the 脱贫状态 of a household already
 * registered for that year lists the change and is refused until a county administrator confirms it; the confirmed
 * file is one 动态调整 batch whose changes are household events of the batch, audited with the file's digest.
 */
@FupinTest
class AdjustmentBatchIntegrationTest {

    static final int STATUS = 21;
    static final int EXIT_YEAR = 22;
    static final int NUMBER = 2;

    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired AdjustmentBatches batches;
    @Autowired HouseholdEvents events;
    @Autowired JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @Test
    void aFileThatChangesARegisteredStatusNeedsConfirmationAndBecomesABatchOfEvents() throws Exception {
        Samples.importCounty(imports);
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        String number = lines.stream().skip(1).map(l -> l.split(",", -1)).filter(c -> c[STATUS].equals("未脱贫"))
                .findFirst().orElseThrow()[NUMBER];
        List<String> changed = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[NUMBER].equals(number) && cells[STATUS].equals("未脱贫")) {
                cells[STATUS] = "已脱贫";
                cells[EXIT_YEAR] = "2015";
            }
            changed.add(String.join(",", cells));
        }
        Path file = Files.createTempFile("adjusted", ".csv");
        Files.write(file, changed, StandardCharsets.UTF_8);

        ImportReport refused = imports.importRegistry(file, false, false, Imports.DEFAULT_LOCALE);

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.errors()).extracting(ImportIssue::code).containsExactly("STATUS_CHANGES_NEED_CONFIRMATION");
        assertThat(refused.warnings()).filteredOn(w -> w.code().equals("STATUS_CHANGED")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains(number, "未脱贫", "已脱贫"));
        assertThat(status(number)).isEqualTo("0");

        ImportReport confirmed = imports.importRegistry(file, false, true, Imports.DEFAULT_LOCALE);

        assertThat(confirmed.accepted()).isTrue();
        assertThat(status(number)).isEqualTo("1");
        long batch = jdbc.sql("select max(id) from import_batch where kind = 'REGISTRY'").query(Long.class).single();
        assertThat(batches.events(batch)).singleElement().satisfies(e -> {
            assertThat(e.householdNumber()).isEqualTo(number);
            assertThat(e.eventType()).isEqualTo("EXIT");
            assertThat(e.statusBefore()).isEqualTo("0");
            assertThat(e.statusAfter()).isEqualTo("1");
        });
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ADJUSTMENT_BATCH' and detail like '%sha256=%'")
                .query(Long.class).single()).isEqualTo(1);

        org.fupin.web.WebSession session = new org.fupin.web.WebSession(port);
        session.logIn(org.fupin.web.WebSession.ADMIN_PASSWORD);
        String page = session.get("/identification/batches").body();
        assertThat(page).contains(file.getFileName().toString(), number, "未脱贫 → 已脱贫");

        ImportReport again = imports.importRegistry(file, false, false, Imports.DEFAULT_LOCALE);
        assertThat(again.accepted()).as("the same file again changes nothing").isTrue();
        assertThat(batches.events(batch)).hasSize(1);
    }

    private String status(String householdNumber) {
        long id = registry.search(RegionScope.ALL, new HouseholdSearch("620721000000", 2015, householdNumber, null, null, null), 0, 5)
                .rows().stream().filter(h -> h.householdNumber().equals(householdNumber)).findFirst().orElseThrow().id();
        return registry.povertyStatusCode(RegionScope.ALL, id).orElseThrow();
    }
}
