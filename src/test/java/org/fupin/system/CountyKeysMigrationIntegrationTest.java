package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.fupin.EarlierDatabase;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #28, V140–V145: records stored before the keys carried the county get the county code of their household or
 * village, the rows of one household, case, notice and episode keep referring to each other, and the region
 * aggregates carry the first six digits of their region code.
 */
@FupinTest
class CountyKeysMigrationIntegrationTest {

    static final String OLD = "fupin_before_county_keys";

    @Autowired Database database;
    @Autowired Flyway flyway;

    @Test
    void aRegistryMigratedThroughV145CarriesItsCountyInEveryKey() throws Exception {
        try (EarlierDatabase earlier = EarlierDatabase.create(database, flyway, OLD)) {
            earlier.migrate("107");
            JdbcClient old = earlier.jdbc();
            old.sql(OLD_RECORDS).update();
            earlier.migrate("latest");

            assertThat(old.sql("""
                    select string_agg(distinct county_code, ',') from (
                        select county_code from person union all select county_code from public_notice
                        union all select county_code from identification_case
                        union all select county_code from identification_step
                        union all select county_code from monitoring_episode union all select county_code from project
                        union all select county_code from project_beneficiary
                        union all select county_code from village_exit
                    ) c""").query(String.class).single()).isEqualTo("620721");
            assertThat(old.sql("""
                    select count(*) from identification_step s
                    join identification_case c on c.county_code = s.county_code and c.id = s.case_id
                    join public_notice n on n.county_code = c.county_code and n.id = c.notice_id
                    join person p on p.county_code = c.county_code and p.household_id = c.household_id
                    join household h on h.county_code = p.county_code and h.id = p.household_id""")
                    .query(Integer.class).single()).isEqualTo(1);
            assertThat(old.sql("""
                    select string_agg(cell, ',' order by cell) from (
                        select distinct region_code || '=' || county_code as cell from region_tally
                        where dimension = 'TOTAL') c""").query(String.class).single())
                    .isEqualTo("620000000000=620000,620700000000=620700,620721000000=620721,"
                            + "620721102000=620721,620721102206=620721");
        }
    }




    /** One household of one member with a case, its step and notice, an episode, a project and a village exit. */
    private static final String OLD_RECORDS = EarlierDatabase.ONE_MEMBER + """
            insert into public_notice (kind, village_code, title, start_date, end_date, created_by)
            values ('IDENTIFICATION', '620721102206', 'n', date '2015-03-01', date '2015-03-08', 'admin');
            insert into identification_case (kind, village_code, year, household_id, household_number, head_name,
                member_count, status, step_started_on, opened_by, notice_id)
            select 'IDENTIFICATION', '620721102206', 2015, h.id, h.household_number, 'name', 1, 'REGISTERED',
                date '2015-03-01', 'admin', n.id
            from household h, public_notice n;
            insert into identification_step (case_id, village_code, step, outcome, decided_on, actor, actor_role)
            select id, '620721102206', 'APPLY', 'DONE', date '2015-03-01', 'admin', 'VILLAGE'
            from identification_case;
            insert into monitoring_episode (village_code, household_number, head_name, member_count, year, status,
                clue_on, opened_by, notice_id)
            select '620721102206', '6207211500347', 'name', 1, 2015, 'MONITORED', date '2015-05-01', 'admin', id
            from public_notice;
            insert into project (year, name, category, nature, village_code, schedule, responsible_unit, tasks,
                budget, funding, beneficiaries, poverty_mechanism, status, status_date)
            values (2015, 'p', 'INDUSTRY', 'NEW', '620721102206', 's', 'u', 't', 1000, 'f', 'b', 'm', 'APPLIED',
                date '2015-02-01');
            insert into project_beneficiary (project_id, county_code, household_number, village_code)
            select id, '620721', '6207211500347', '620721102206' from project;
            insert into village_exit (village_code, year, status, opened_on, opened_by, notice_id)
            select '620721102206', 2015, 'EXITED', date '2015-10-01', 'admin', id from public_notice;
            """;
}
