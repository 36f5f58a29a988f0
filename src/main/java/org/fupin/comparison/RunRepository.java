package org.fupin.comparison;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs, batches, rules and consents. */
@Repository
class RunRepository {

    private final JdbcClient jdbc;
    private final String workMem;

    RunRepository(JdbcClient jdbc, @Value("${fupin.comparison.work-mem:512MB}") String workMem) {
        this.jdbc = jdbc;
        this.workMem = workMem;
    }

    /** Starts a run, matches in one statement and stores the counts; returns the run's id. */
    long run(int year, String prefix, String consentMode, String actor) {
        long id = jdbc.sql("""
                insert into comparison_run (year, scope_code, consent_mode, started_by)
                values (:year, :scope, :mode, :actor) returning id
                """).param("year", year).param("scope", prefix).param("mode", consentMode).param("actor", actor)
                .query(Long.class).single();
        // One pass of hash joins whatever the statistics say (a list imported a moment ago has none yet, and a
        // nested loop over millions of rows never ends); the county's hash tables fit in memory, not in batches.
        jdbc.sql("select set_config('work_mem', :mem, true), set_config('enable_nestloop', 'off', true)")
                .param("mem", workMem).query().singleRow();
        int hits = jdbc.sql(ComparisonSql.MATCH).param("run", id).param("year", year).param("scope", prefix)
                .param("flagWithoutConsent", "FLAG".equals(consentMode)).update();
        jdbc.sql("""
                with counted as (""" + ComparisonSql.COUNT_SCOPE + """
                )
                update comparison_run set persons_compared = counted.persons, households_compared = counted.households,
                    households_without_consent = counted.without_consent, new_hits = :hits
                from counted where id = :run
                """).param("year", year).param("scope", prefix).param("hits", hits).param("run", id).update();
        return id;
    }

    Optional<Views.Run> find(long id) {
        return jdbc.sql("select * from comparison_run where id = :id").param("id", id).query(this::run).optional();
    }

    List<Views.Run> runs(String prefix, int limit) {
        return jdbc.sql("""
                select * from comparison_run where scope_code like :prefix || '%' or :prefix like scope_code || '%'
                order by id desc limit :limit
                """).param("prefix", prefix).param("limit", limit).query(this::run).list();
    }

    private Views.Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Views.Run(rs.getLong("id"), rs.getInt("year"), rs.getString("scope_code"), rs.getString("consent_mode"),
                rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(), rs.getInt("persons_compared"),
                rs.getInt("households_compared"), rs.getInt("households_without_consent"), rs.getInt("new_hits"));
    }

    List<Views.Batch> batches(int limit) {
        return jdbc.sql("select * from external_batch where row_count > 0 order by id desc limit :limit")
                .param("limit", limit).query((rs, n) -> new Views.Batch(rs.getLong("id"), rs.getString("list_type"),
                        rs.getString("department"), rs.getDate("as_of").toLocalDate(), rs.getString("file_name"),
                        rs.getInt("row_count"), rs.getInt("legacy_ids"), rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant())).list();
    }

    List<Views.Rule> rules(int year) {
        return jdbc.sql("select * from comparison_rule where year = :year order by code").param("year", year)
                .query((rs, n) -> new Views.Rule(rs.getInt("year"), rs.getString("code"), rs.getString("list_type"),
                        rs.getBoolean("enabled"), rs.getString("consequence"), rs.getBigDecimal("min_amount"),
                        rs.getString("description"), rs.getString("source"))).list();
    }

    /** The household's stable key and village, if it is visible in the current scope. */
    Optional<String[]> household(long householdId) {
        return jdbc.sql("select county_code, household_number, village_code from household where id = :id")
                .param("id", householdId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
    }

    void saveConsent(String[] household, LocalDate signedOn, String evidence, String actor) {
        jdbc.sql("""
                insert into household_consent (county_code, household_number, village_code, signed_on, evidence, recorded_by)
                values (:county, :number, :village, :signedOn, :evidence, :actor)
                on conflict (county_code, household_number) do update set village_code = excluded.village_code,
                    signed_on = excluded.signed_on, evidence = excluded.evidence, recorded_by = excluded.recorded_by,
                    recorded_at = now()
                """).param("county", household[0]).param("number", household[1]).param("village", household[2])
                .param("signedOn", signedOn).param("evidence", evidence).param("actor", actor).update();
    }

    Optional<Views.Consent> consent(String county, String number) {
        return jdbc.sql("select * from household_consent where county_code = :county and household_number = :number")
                .param("county", county).param("number", number)
                .query((rs, n) -> new Views.Consent(rs.getString("county_code"), rs.getString("household_number"),
                        rs.getString("village_code"), rs.getDate("signed_on").toLocalDate(), rs.getString("evidence"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant())).optional();
    }
}
