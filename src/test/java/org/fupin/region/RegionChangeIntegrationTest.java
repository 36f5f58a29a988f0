package org.fupin.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.cli.Cli;
import org.fupin.identification.SnapshotPrefill;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.statistics.Reconciliation;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #26 (ADR 0037): from 2016 two villages merge (北极村 into 北峰村) and the township 康乐镇 moves to a new
 * county 民乐县 under a new code. 2015 keeps its figures under its own tree; 2016, carried forward from 2015 (the
 * three regions concerned, to keep the test short), counts under the new parents; both years reconcile; the merged village's series includes its predecessor.
 */
@FupinTest
class RegionChangeIntegrationTest {

    static final String PROVINCE = "620000000000", CITY = "620700000000", COUNTY = "620721000000";
    static final String NEW_COUNTY = "620722000000", MOVED = "620721102000", MOVED_TO = "620722102000";
    static final String MERGED = "620721101201", INTO = "620721101202";

    @Autowired Imports imports;
    @Autowired Statistics statistics;
    @Autowired Reconciliation reconciliation;
    @Autowired SnapshotPrefill prefill;
    @Autowired RegionDirectory regions;
    @Autowired Cli cli;

    @Test
    void aMergerAndAMoveLeaveEarlierYearsAloneAndCountLaterYearsUnderTheNewParents() throws Exception {
        Samples.importCounty(imports);
        Map<String, RegionStatistics> before = figures(2015);
        assertThat(before.get(MOVED).households()).isPositive();
        assertThat(before.get(MERGED).households()).isPositive();

        ImportReport report = imports.importRegionChanges(changes(), false, Imports.DEFAULT_LOCALE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isTrue();
        for (String region : List.of(MOVED, MERGED, INTO)) prefill.prefill(RegionScope.ALL, region, 2015, "test");
        long carried = before.get(MOVED).households() + before.get(MERGED).households() + before.get(INTO).households();

        assertThat(figures(2015)).as("2015 under its own tree, unchanged").isEqualTo(before);
        assertThat(regions.children(RegionScope.ALL, COUNTY, 2015)).extracting(Region::code).contains(MOVED);
        assertThat(regions.children(RegionScope.ALL, COUNTY, 2016)).extracting(Region::code).doesNotContain(MOVED);
        assertThat(regions.children(RegionScope.ALL, CITY, 2016)).extracting(Region::code).containsExactly(COUNTY, NEW_COUNTY);
        assertThat(regions.children(RegionScope.ALL, CITY, 2015)).extracting(Region::code).containsExactly(COUNTY);

        assertThat(households(MOVED_TO, 2016)).isEqualTo(before.get(MOVED).households());
        assertThat(households(NEW_COUNTY, 2016)).isEqualTo(before.get(MOVED).households());
        assertThat(households(COUNTY, 2016)).isEqualTo(carried - before.get(MOVED).households());
        assertThat(households(INTO, 2016)).isEqualTo(before.get(MERGED).households() + before.get(INTO).households());
        assertThat(households(MERGED, 2016)).isZero();
        assertThat(households(MOVED, 2016)).isZero();
        assertThat(households(CITY, 2016)).isEqualTo(carried);
        assertThat(statistics.forRegion(RegionScope.ALL, PROVINCE, 2016).persons()).isEqualTo(
                before.get(MOVED).persons() + before.get(MERGED).persons() + before.get(INTO).persons());

        for (int year : new int[] {2015, 2016}) {
            assertThat(reconciliation.check(RegionScope.ALL, PROVINCE, year)).as("reconciles in " + year).isEmpty();
            assertThat(reconcile(year)).as("stats reconcile " + year).isZero();
        }

        List<RegionStatistics> series = statistics.series(RegionScope.ALL, INTO);
        assertThat(series).extracting(RegionStatistics::year).containsExactly(2015, 2016);
        assertThat(series.get(0).households()).isEqualTo(before.get(MERGED).households() + before.get(INTO).households());
        assertThat(statistics.predecessors(RegionScope.ALL, INTO))
                .containsExactly(new RegionHistory.Predecessor(MERGED, "北极村民委员会", 2016, "MERGE"));
        assertThat(statistics.series(RegionScope.ALL, MOVED_TO).get(0).households()).isEqualTo(before.get(MOVED).households());
        assertThat(statistics.predecessors(RegionScope.ALL, "620722102201")).extracting(RegionHistory.Predecessor::code)
                .containsExactly("620721102201");
    }

    private Path changes() throws Exception {
        Path file = Files.createTempFile("changes", ".csv");
        Files.writeString(file, """
                年度,原代码,新代码,变更类型,新名称
                2016,,620722000000,新设,民乐县
                2016,620721101201,620721101202,合并,
                2016,620721102000,620722102000,迁移,
                """);
        return file;
    }

    private int reconcile(int year) {
        return cli.run(new String[] {"stats", "reconcile", PROVINCE, "--year", String.valueOf(year)},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private long households(String code, int year) {
        return statistics.forRegion(RegionScope.ALL, code, year).households();
    }

    private Map<String, RegionStatistics> figures(int year) {
        Map<String, RegionStatistics> out = new HashMap<>();
        statistics.withDescendants(RegionScope.ALL, PROVINCE, year).forEach(f -> out.put(f.region(), f));
        return out;
    }
}
