package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #23: a file of 20,000 copies of one row is found out in one grouped pass (it was a self-join: 20,000² pairs,
 * past 240 s and 14.5 GB of temporary files); each row names at most five of the others.
 */
@FupinTest
class RepeatedIdNumbersIntegrationTest {

    @Autowired Imports imports;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyImportRunsWithAStatementTimeoutAndATempFileLimitOfItsOwn() {
        String[] inside = new String[1];
        imports.inTransaction("TEST", Path.of("limits.csv"), true, () -> {
            inside[0] = jdbc.sql("select current_setting('statement_timeout') || ' ' || current_setting('temp_file_limit')")
                    .query(String.class).single();
            return new ImportReport(true, true, 0, 0, List.of(), List.of(), 0, 0);
        });
        String outside = jdbc.sql("select current_setting('statement_timeout') || ' ' || current_setting('temp_file_limit')")
                .query(String.class).single();

        assertThat(inside[0]).isEqualTo("15min 8GB");
        assertThat(outside).isNotEqualTo(inside[0]);
    }

    @Test
    void twentyThousandCopiesOfOneRowAreRejectedNamingAtMostFiveOthersEach() throws Exception {
        imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE);
        List<String> sample = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        String header = sample.get(0);
        String row = sample.get(1);
        Path file = Files.createTempFile("repeated", ".csv");
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int i = 0; i < 20_000; i++) csv.append(row).append('\n');
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        ImportReport report = imports.importRegistry(file, true, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        List<ImportIssue> repeated = report.errors().stream().filter(e -> e.code().equals("ID_REPEATED_IN_FILE")).toList();
        assertThat(repeated).isNotEmpty();
        assertThat(repeated.get(0).row()).isEqualTo(2);
        assertThat(repeated.get(0).message()).contains("3, 4, 5, 6, 7 …");
        assertThat(report.errorCount()).isGreaterThanOrEqualTo(20_000);
    }
}
