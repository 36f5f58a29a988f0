package org.fupin.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
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
        try (Connection maintenance = owner("postgres"); Statement st = maintenance.createStatement()) {
            st.execute("drop database if exists " + OLD + " with (force)");
            st.execute("create database " + OLD);
        }
        try {
            migrate("75");
            try (Connection c = owner(OLD); Statement st = c.createStatement()) {
                st.execute(OLD_REGISTRY);
            }
            migrate("latest");

            List<String> columns = new ArrayList<>();
            try (Connection c = owner(OLD); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("""
                        select column_name from information_schema.columns where table_name = 'person'""")) {
                    while (rs.next()) columns.add(rs.getString(1));
                }
                assertThat(columns).contains("birth_month").doesNotContain("birth_date");
                assertThat(single(st, "select p::text from person p")).contains("1989-09-01").doesNotContain("1989-09-27");
                assertThat(single(st, "select code || ':' || persons from region_tally where region_code = '" + VILLAGE
                        + "' and dimension = 'AGE_BAND'")).isEqualTo("16-59:1");
            }
        } finally {
            try (Connection maintenance = owner("postgres"); Statement st = maintenance.createStatement()) {
                st.execute("drop database if exists " + OLD + " with (force)");
            }
        }
    }

    /** As a restore does: to an earlier version with the versioned migrations only, to the latest with all. */
    private void migrate(String target) {
        var configuration = Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(url(OLD), database.user(), database.password()).target(target);
        if (!target.equals("latest")) configuration.repeatableSqlMigrationPrefix("NoRepeatableMigrationHasThisPrefix");
        configuration.load().migrate();
    }

    private static String single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            String value = rs.getString(1);
            assertThat(rs.next()).as(sql).isFalse();
            return value;
        }
    }

    private Connection owner(String name) throws Exception {
        return DriverManager.getConnection(url(name), database.user(), database.password());
    }

    private String url(String name) {
        return database.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    /** One household of one member born 1989-09-27, as the registry stored it up to V75. */
    private static final String OLD_REGISTRY = """
            insert into region (code, name, level, parent_code) values
                ('620000000000', 'p', 'PROVINCE', null), ('620700000000', 'c', 'CITY', '620000000000'),
                ('620721000000', 'x', 'COUNTY', '620700000000'), ('620721102000', 't', 'TOWNSHIP', '620721000000'),
                ('620721102206', 'v', 'VILLAGE', '620721102000');
            insert into household (county_code, year, household_number, village_code, identification_standard,
                attribute, main_cause, poverty_status, wage_income, business_income, property_income, transfer_income,
                business_expense, member_count, net_income, net_income_per_capita, housing_safety,
                safe_drinking_water, has_electricity)
            values ('620721', 2015, '6207211500347', '620721102206', 'NATIONAL', 'GENERAL', 'LACK_OF_SKILLS', '0',
                1000, 0, 0, 0, 0, 1, 1000, 1000, 'A', true, true);
            insert into person (county_code, village_code, year, household_id, position, name, id_number,
                citizen_number, id_masked, relationship, male, birth_date, ethnicity, health, labour_skill,
                medical_insurance, pension_insurance)
            select '620721', '620721102206', 2015, id, 1, 'name', 'v1:x', 'hash', '620721***********7', '01', true,
                date '1989-09-27', '01', '{1}', '1', true, true
            from household;
            """;
}
