package org.fupin.comparison;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comparison benchmark ({@code compare bench PERSONS RECORDS}, BENCHMARKS.md; not a test): fills an EMPTY
 * registry with a synthetic county of {@code persons} members (three per household, all with consent) and one
 * vehicle list of {@code records} rows, of which 1% carry a member's ID hash, then times one comparison run of the
 * county through {@link Comparison#run}, right after the data are written (as after an import: the tables may have
 * no statistics yet, which the run must survive). Synthetic hashes are SHA-256 of a counter (the keyed hash is computed at
 * import and costs the same per row whatever it is); the match itself is the production statement. Refuses to
 * touch a registry that holds any household.
 */
@Component
public record ComparisonBenchmark(JdbcClient jdbc, Comparison comparison) {

    static final String COUNTY = "999901000000";

    public Map<String, Object> run(int persons, int records) {
        if (jdbc.sql("select exists (select 1 from household)").query(Boolean.class).single()) {
            throw new IllegalStateException("The benchmark needs an empty registry (a fresh FUPIN_DATA_DIR)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("persons", persons);
        out.put("records", records);
        long t0 = System.nanoTime();
        regions();
        households(persons);
        externalRecords(persons, records);
        out.put("generateSeconds", seconds(t0));
        long t1 = System.nanoTime();
        Views.Run run = comparison.run(RegionScope.ALL, COUNTY, 2015);
        out.put("runSeconds", seconds(t1));
        out.put("personsCompared", run.personsCompared());
        out.put("households", run.householdsCompared());
        out.put("hits", run.newHits());
        return out;
    }

    private void regions() {
        jdbc.sql("""
                insert into region (code, name, level, parent_code) values
                    ('990000000000', 'bench province', 'PROVINCE', null),
                    ('999900000000', 'bench city', 'CITY', '990000000000'),
                    ('999901000000', 'bench county', 'COUNTY', '999900000000')
                """).update();
        jdbc.sql("""
                insert into region (code, name, level, parent_code)
                select '999901' || (100 + t)::text || '000', 'bench township ' || t, 'TOWNSHIP', '999901000000'
                from generate_series(0, 9) t
                """).update();
        jdbc.sql("""
                insert into region (code, name, level, parent_code)
                select '999901' || (100 + t)::text || (200 + v)::text, 'bench village ' || t || '-' || v, 'VILLAGE',
                       '999901' || (100 + t)::text || '000'
                from generate_series(0, 9) t, generate_series(0, 99) v
                """).update();
    }

    private void households(int persons) {
        jdbc.sql("""
                insert into household (county_code, year, household_number, village_code, identification_standard,
                    attribute, main_cause, poverty_status, wage_income, business_income, property_income,
                    transfer_income, business_expense, member_count, net_income, net_income_per_capita,
                    housing_safety, safe_drinking_water, has_electricity)
                select '999901', 2015, 'B' || h, '999901' || (100 + h % 10)::text || (200 + (h / 10) % 100)::text,
                    'NATIONAL', 'GENERAL', 'LACK_OF_SKILLS', 'NOT_EXITED', 1000, 0, 0, 0, 0, 3, 1000, 333.33, 'A',
                    true, true
                from generate_series(0, (:persons - 1) / 3) h
                """).param("persons", persons).update();
        jdbc.sql("""
                insert into person (county_code, village_code, year, household_id, position, name, id_number,
                    citizen_number, id_masked, relationship, male, birth_month, ethnicity, health, labour_skill,
                    medical_insurance, pension_insurance)
                select '999901', '999901' || (100 + (i / 3) % 10)::text || (200 + (i / 30) % 100)::text, 2015,
                    first.id + i / 3, i % 3 + 1, 'bench', 'bench',
                    encode(sha256(('p' || i)::bytea), 'hex'), '999901********0000', 'HEAD', true, date '1970-01-01',
                    '01', '{HEALTHY}', 'ORDINARY', true, true
                from generate_series(0, :persons - 1) i,
                     (select min(id) as id from household where county_code = '999901') first
                """).param("persons", persons).update();
        jdbc.sql("""
                insert into household_consent (county_code, household_number, village_code, signed_on, evidence, recorded_by)
                select county_code, household_number, village_code, date '2015-03-01', 'bench', 'bench'
                from household where county_code = '999901'
                """).update();
    }

    /** One record in a hundred names a member (every 100th person); prices 10,000 to 59,999 yuan. */
    private void externalRecords(int persons, int records) {
        long batch = jdbc.sql("""
                insert into external_batch (list_type, department, as_of, file_name, sha256, row_count, legacy_ids, imported_by)
                values ('VEHICLE', 'bench', date '2015-06-30', 'bench', 'bench', :records, 0, 'bench') returning id
                """).param("records", records).query(Long.class).single();
        jdbc.sql("""
                insert into external_record (batch_id, row_no, id_hash, id_number, id_masked, legacy_form, category, amount)
                select :batch, r + 2,
                    encode(sha256((case when r % 100 = 0 and r < :persons then 'p' || r else 'x' || r end)::bytea), 'hex'),
                    'bench', '999901********0000', false, 'car', 10000 + (r::bigint * 7919) % 50000
                from generate_series(0, :records - 1) r
                """).param("batch", batch).param("persons", persons).param("records", records).update();
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }
}
