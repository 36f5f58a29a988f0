package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.fupin.EarlierDatabase;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #28 (V176): the foreign-key check of a member against its household ({@code county_code = ? and id = ?})
 * is led by the household id even for a county the statistics have never seen -- the first import of every county.
 * With keys led by county_code the planner of the 30M registry took one of them with the id as a filter and, per
 * member, read every household the import had just written for the county. A small database does not reproduce that
 * choice, so these tests check the structure that rules it out: the check's plan is led by the id, and no index of
 * household starts with the county code.
 */
@FupinTest
class NewCountyForeignKeyPlanIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void checksAMemberOfACountyUnknownToTheStatisticsByTheHouseholdId() {
        jdbc.sql(EarlierDatabase.ONE_HOUSEHOLD).update();
        jdbc.sql("""
                insert into household (county_code, year, household_number, village_code, identification_standard,
                    attribute, main_cause, poverty_status, wage_income, business_income, property_income,
                    transfer_income, business_expense, member_count, net_income, net_income_per_capita,
                    housing_safety, safe_drinking_water, has_electricity)
                select county_code, year, household_number || n, village_code, identification_standard, attribute,
                    main_cause, poverty_status, wage_income, business_income, property_income, transfer_income,
                    business_expense, member_count, net_income, net_income_per_capita, housing_safety,
                    safe_drinking_water, has_electricity
                from household, generate_series(1, 2000) n""").update();
        jdbc.sql("analyze household").update();

        String plan = String.join("\n", jdbc.sql("""
                explain (costs off) select 1 from household x
                where x.county_code = '620722' and x.id = 12345 for key share of x""").query(String.class).list());

        assertThat(plan).contains("household_p62_pkey").contains("Index Cond: ((id = 12345)")
                .doesNotContain("Index Cond: (county_code");
    }

    @Test
    void noKeyOrIndexOfHouseholdIsLedByTheCountyCode() {
        assertThat(jdbc.sql("""
                select count(*) from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                where i.indrelid = 'household'::regclass and a.attname = 'county_code'""").query(Integer.class).single())
                .isZero();
    }
}
