package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #23: a name that a spreadsheet would take for a formula is neutralised in the exports people read, and kept
 * exact, formatted as text, in the registry export that is imported again.
 */
@FupinTest
class FormulaCellsIntegrationTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    @Test
    void aFormulaInANameIsNeutralisedInListsAndKeptExactAsTextInTheRegistryExport() throws Exception {
        Samples.importCounty(imports);
        jdbc.sql("update person set name = :name where id = (select min(id) from person where relationship = '01')")
                .param("name", FORMULA).update();
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);

        byte[] list = admin.bytes("/export/regions/620721000000/households.xlsx?year=2015").body();
        assertThat(WebSession.sheetRows(list)).flatExtracting(r -> r.stream().map(c -> c == null ? "" : c.getRawValue()).toList())
                .contains("'" + FORMULA).doesNotContain(FORMULA);

        byte[] registry = admin.bytes("/export/regions/620721000000/registry.xlsx?year=2015").body();
        assertThat(WebSession.sheetRows(registry)).flatExtracting(r -> r.stream().map(c -> c == null ? "" : c.getRawValue()).toList())
                .contains(FORMULA);
        assertThat(entry(registry, "xl/styles.xml")).contains("formatCode=\"@\"");
    }

    private static String entry(byte[] zip, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(file.toFile())) {
                return new String(archive.getInputStream(archive.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
