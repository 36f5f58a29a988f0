package org.fupin.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.fupin.EarlierDatabase;
import org.fupin.FupinTest;
import org.fupin.system.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #23, V80: a registry stored before the change (full birth dates in clear) keeps the birth month only, and
 * its age bands are counted again from the month with the same result.
 */
@FupinTest
class BirthMonthMigrationIntegrationTest {

    static final String OLD = "fupin_before_birth_month";
    static final String VILLAGE = "620721102206";

    @Autowired Database database;
    @Autowired Flyway flyway;

    @Test
    void aRegistryMigratedThroughV80KeepsTheBirthMonthAndLosesTheDay() throws Exception {
        try (EarlierDatabase earlier = EarlierDatabase.create(database, flyway, OLD)) {
            earlier.migrate("75");
            try (Connection c = earlier.connect(); Statement st = c.createStatement()) {
                st.execute(OLD_REGISTRY);
            }
            earlier.migrate("latest");

            List<String> columns = new ArrayList<>();
            try (Connection c = earlier.connect(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("""
                        select column_name from information_schema.columns where table_name = 'person'""")) {
                    while (rs.next()) columns.add(rs.getString(1));
                }
                assertThat(columns).contains("birth_month").doesNotContain("birth_date");
                assertThat(single(st, "select p::text from person p")).contains("1989-09-01").doesNotContain("1989-09-27");
                assertThat(single(st, "select code || ':' || persons from region_tally where region_code = '" + VILLAGE
                        + "' and dimension = 'AGE_BAND'")).isEqualTo("16-59:1");
            }
        }
    }


    private static String single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            String value = rs.getString(1);
            assertThat(rs.next()).as(sql).isFalse();
            return value;
        }
    }



    /** One household of one member born 1989-09-27, as the registry stored it up to V75. */
    private static final String OLD_REGISTRY = EarlierDatabase.ONE_HOUSEHOLD + """
            insert into person (county_code, village_code, year, household_id, position, name, id_number,
                citizen_number, id_masked, relationship, male, birth_date, ethnicity, health, labour_skill,
                medical_insurance, pension_insurance)
            select '620721', '620721102206', 2015, id, 1, 'name', 'v1:x', 'hash', '620721***********7', '01', true,
                date '1989-09-27', '01', '{1}', '1', true, true
            from household;
            """;
}
