package org.fupin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.RegistryChanged;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.system.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #22: a write that touches half or more of a year's villages (a county or province file) recounts that year
 * whole with the rebuild's one pass; smaller writes recount their villages. Both give the same figures.
 */
@FupinTest
class WholeYearRecountIntegrationTest {

    static final String ROWS = "select year, region_code, dimension, code, households, persons, net_income from region_tally"
            + " order by 1, 2, 3, 4, 5";

    @Autowired Imports imports;
    @Autowired Aggregates aggregates;
    @Autowired Reconciliation reconciliation;
    @Autowired Database database;

    @Test
    void recountsAYearWholeOnlyWhenAWriteTouchesHalfOfItsVillagesOrMore() throws Exception {
        imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE);
        List<String> villages = column("select code from region where level = 'VILLAGE' order by code");

        assertThat(villages).hasSize(105);
        assertThat(aggregates.wholeYears(change(2015, villages.subList(0, 53)))).containsExactly(2015);
        assertThat(aggregates.wholeYears(change(2015, villages.subList(0, 52)))).isEmpty();
        assertThat(aggregates.wholeYears(change(2015, villages.subList(0, 1)))).isEmpty();
        assertThat(Aggregates.isMostOf(19, 20)).isFalse();
        assertThat(Aggregates.isMostOf(20, 40)).isTrue();
    }

    @Test
    void leavesTheSameFiguresAsTheVillageRecountAfterAFirstImportAndAReplacingOne() throws Exception {
        Samples.importCounty(imports);
        List<String> years = column("select distinct year::text from household");
        List<String> touched = column("select distinct village_code from household order by 1");
        assertThat(aggregates.wholeYears(change(2015, touched))).as("the sample county takes the whole-year path")
                .containsExactly(2015);
        assertThat(years).containsExactly("2015");
        List<String> imported = column(ROWS);

        assertThat(imported).hasSizeGreaterThan(1000).isEqualTo(afterVillageRecount(touched));
        assertThat(imports.importRegistry(Samples.file("registry.csv"), false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        assertThat(column(ROWS)).isEqualTo(imported);
        assertThat(reconciliation.check(RegionScope.ALL, "620000000000", 2015)).isEmpty();
    }

    private static RegistryChanged change(int year, List<String> villages) {
        return new RegistryChanged(Collections.nCopies(villages.size(), year), villages);
    }

    /** The figures as the village-by-village recount leaves them (in a transaction rolled back). */
    private List<String> afterVillageRecount(List<String> villages) throws SQLException {
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            owner.setAutoCommit(false);
            try (var st = owner.prepareStatement("select tally_refresh(?, ?)")) {
                st.setArray(1, owner.createArrayOf("int4", Collections.nCopies(villages.size(), 2015).toArray()));
                st.setArray(2, owner.createArrayOf("text", villages.toArray()));
                st.execute();
            }
            List<String> rows = column(owner, ROWS);
            owner.rollback();
            return rows;
        }
    }

    private List<String> column(String query) throws SQLException {
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            return column(owner, query);
        }
    }

    /** Every row of the query, its columns joined by '|'. */
    private static List<String> column(Connection connection, String query) throws SQLException {
        return ResultRows.of(connection, query);
    }
}
