package org.fupin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.system.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #22: the full recount (`stats rebuild`) counts the villages in one pass per table, sums the levels above
 * from them and writes only the rows that differ from what is stored.
 */
@FupinTest
class RebuildIntegrationTest {

    static final String ROWS = "select year, region_code, dimension, code, households, persons, net_income from region_tally";

    @Autowired Imports imports;
    @Autowired Aggregates aggregates;
    @Autowired Reconciliation reconciliation;
    @Autowired Statistics statistics;
    @Autowired Database database;

    @Test
    void rewritesNoRowWhenEveryFigureIsAlreadyRight() throws Exception {
        Samples.importCounty(imports);
        List<String> before = rows("select *, xmin::text from region_tally order by 1, 2, 3, 4");

        aggregates.rebuild(List.of(2015));

        assertThat(before).hasSizeGreaterThan(1000);
        assertThat(rows("select *, xmin::text from region_tally order by 1, 2, 3, 4")).isEqualTo(before);
    }

    @Test
    void putsBackChangedMissingAndExtraRowsAtEveryLevelAndLeavesOtherYears() throws Exception {
        Samples.importCounty(imports);
        List<String> right = rows(ROWS + " order by 1, 2, 3, 4");
        owner("update region_tally set persons = persons + 5 where year = 2015 and region_code = '620721101000' and dimension = 'TOTAL'",
                "update region_tally set net_income = net_income - 1 where year = 2015 and region_code = '620000000000'"
                        + " and dimension = 'POVERTY_STATUS' and code = '0'",
                "delete from region_tally where year = 2015 and region_code = '620721000000' and dimension = 'SEX'",
                "delete from region_tally where year = 2015 and region_code = (select min(village_code) from household)"
                        + " and dimension = 'EDUCATION'",
                "insert into region_tally values (2015, '620700000000', 'SEX', '9', 0, 7, 0, '620700')",
                "insert into region_tally values (2014, '620721000000', 'TOTAL', '', 1, 2, 3, '620721')");

        aggregates.rebuild(List.of(2015));

        assertThat(rows(ROWS + " where year = 2015 order by 1, 2, 3, 4")).isEqualTo(right);
        assertThat(rows(ROWS + " where year = 2014")).containsExactly("2014|620721000000|TOTAL||1|2|3.00");
    }

    @Test
    void aVillageUnderACityWithoutCountiesCountsOnceAtTheCity() throws Exception {
        Samples.importCounty(imports);
        String village = "620721101201";
        long households = statistics.forRegion(RegionScope.ALL, village, 2015).households();
        long persons = statistics.forRegion(RegionScope.ALL, village, 2015).persons();
        owner("insert into region (code, name, level, parent_code) values ('440000000000', '广东省', 'PROVINCE', null),"
                        + " ('441900000000', '东莞市', 'CITY', '440000000000'),"
                        + " ('441900003000', '东城街道', 'TOWNSHIP', '441900000000'),"
                        + " ('441900003001', '东城村', 'VILLAGE', '441900003000')",
                "update household set village_code = '441900003001' where village_code = '" + village + "'",
                "update person set village_code = '441900003001' where village_code = '" + village + "'",
                "update village_fact set village_code = '441900003001' where village_code = '" + village + "'");

        aggregates.rebuild(List.of(2015));

        for (String code : List.of("441900003001", "441900003000", "441900000000", "440000000000")) {
            assertThat(statistics.forRegion(RegionScope.ALL, code, 2015))
                    .as(code).extracting(RegionStatistics::households, RegionStatistics::persons)
                    .containsExactly(households, persons);
        }
        assertThat(reconciliation.check(RegionScope.ALL, "440000000000", 2015)).isEmpty();
        assertThat(reconciliation.check(RegionScope.ALL, "620000000000", 2015)).isEmpty();
    }

    private void owner(String... statements) throws SQLException {
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement st = owner.createStatement()) {
            for (String sql : statements) st.execute(sql);
        }
    }

    /** Every row of the query, its columns joined by '|'. */
    private List<String> rows(String query) throws SQLException {
        try (Connection owner = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            return ResultRows.of(owner, query);
        }
    }
}
