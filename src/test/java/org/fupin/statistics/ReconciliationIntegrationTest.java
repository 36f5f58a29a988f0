package org.fupin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.system.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample county reconciles; a household size corrupted behind the application's back is found. */
@FupinTest
class ReconciliationIntegrationTest {

    @Autowired Imports imports;
    @Autowired Reconciliation reconciliation;
    @Autowired Database database;
    @Autowired Aggregates aggregates;
    @Autowired Statistics statistics;

    @Test
    void aRegionWithItsChildrenReadsTheSameFiguresAsTheWholeSubtree() throws Exception {
        Samples.importCounty(imports);
        java.util.Map<String, RegionStatistics> all = new java.util.HashMap<>();
        statistics.withDescendants(RegionScope.ALL, "620000000000", 2015).forEach(f -> all.put(f.region(), f));

        for (String code : java.util.List.of("620000000000", "620700000000", "620721000000", "620721101000")) {
            assertThat(statistics.withChildren(RegionScope.ALL, code, 2015))
                    .allSatisfy(f -> assertThat(f).isEqualTo(all.get(f.region())))
                    .hasSizeGreaterThan(1);
        }
        assertThat(statistics.years(RegionScope.ALL)).contains(2015);
        assertThat(statistics.series(RegionScope.ALL, "620721000000")).extracting(RegionStatistics::year).contains(2015);
    }

    @Test
    void findsACorruptedAggregateLoudlyAndARebuildRepairsIt() throws Exception {
        Samples.importCounty(imports);
        String township = "620721101000";
        long persons = statistics.forRegion(RegionScope.ALL, township, 2015).persons();
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = owner.createStatement()) {
            st.execute("update region_tally set persons = persons + 5 where year = 2015 and region_code = '" + township
                    + "' and dimension = 'TOTAL'");
            st.execute("update region_tally set households = households - 1 where year = 2015 and region_code = "
                    + "(select min(village_code) from household where year = 2015) and dimension = 'TOTAL'");
        }
        try {
            assertThat(statistics.forRegion(RegionScope.ALL, township, 2015).persons()).isEqualTo(persons + 5);
            assertThat(reconciliation.check(RegionScope.ALL, "620721000000", 2015))
                    .extracting(Reconciliation.Difference::where, Reconciliation.Difference::figure,
                            Reconciliation.Difference::expected, Reconciliation.Difference::found)
                    .contains(org.assertj.core.groups.Tuple.tuple(township, "persons", persons + 5, persons))
                    .anySatisfy(t -> assertThat((String) t.toList().get(1)).isEqualTo("households TOTAL "));
        } finally {
            aggregates.rebuild(java.util.List.of(2015));
        }
        assertThat(reconciliation.check(RegionScope.ALL, "620000000000", 2015)).isEmpty();
        assertThat(statistics.forRegion(RegionScope.ALL, township, 2015).persons()).isEqualTo(persons);
    }

    @Test
    void findsACorruptedHouseholdSizeAndOtherwiseReconciles() throws Exception {
        Samples.importCounty(imports);
        assertThat(reconciliation.check(RegionScope.ALL, "620000000000", 2015)).isEmpty();

        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = owner.createStatement()) {
            st.execute("update household set member_count = member_count + 1 where household_number = '6207211500347'");
        }
        try {
            assertThat(reconciliation.check(RegionScope.ALL, "620721000000", 2015))
                    .extracting(Reconciliation.Difference::where, Reconciliation.Difference::figure)
                    .contains(org.assertj.core.groups.Tuple.tuple("household 6207211500347", "memberCount"))
                    .anySatisfy(t -> assertThat((String) t.toList().get(1)).isEqualTo("persons TOTAL "));
        } finally {
            imports.importRegistry(Samples.file("registry.csv"), false, Imports.DEFAULT_LOCALE);
        }
    }

    @Test
    void aVillageFactsImportAloneMovesTheRuralPopulationAtEveryLevelAbove() throws Exception {
        Samples.importCounty(imports);
        String village = "620721101201";
        java.util.List<String> levels = java.util.List.of(village, "620721101000", "620721000000", "620700000000",
                "620000000000");
        java.util.Map<String, Long> before = new java.util.HashMap<>();
        levels.forEach(c -> before.put(c, statistics.forRegion(RegionScope.ALL, c, 2015).ruralPopulation()));
        assertThat(before.get(village)).isEqualTo(561);
        java.nio.file.Path changed = java.nio.file.Files.createTempFile("facts", ".csv");
        java.nio.file.Files.writeString(changed, "年度,行政区划代码,总户数,总人口,贫困村类别\n"
                + "2015," + village + ",212,600,建档立卡贫困村\n");
        try {
            assertThat(imports.importVillageFacts(changed, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();

            levels.forEach(c -> assertThat(statistics.forRegion(RegionScope.ALL, c, 2015).ruralPopulation())
                    .as(c).isEqualTo(before.get(c) + 39));
            assertThat(reconciliation.check(RegionScope.ALL, "620000000000", 2015)).isEmpty();
        } finally {
            imports.importVillageFacts(Samples.file("village-facts.csv"), false, Imports.DEFAULT_LOCALE);
            java.nio.file.Files.delete(changed);
        }
        levels.forEach(c -> assertThat(statistics.forRegion(RegionScope.ALL, c, 2015).ruralPopulation())
                .isEqualTo(before.get(c)));
    }
}
