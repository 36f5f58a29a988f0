package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.fupin.EarlierDatabase;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #28, ADR 0048 (V166): household is partitioned by province on county_code like person, keeps everything it
 * had (keys, check, indexes, its own foreign keys, row-level security, policy, grants, the id sequence) and the
 * foreign keys that refer to it; the app role reads it through the parent only.
 */
@FupinTest
class HouseholdPartitionIntegrationTest {

    static final String OLD = "fupin_before_household_partitions";

    @Autowired Database database;
    @Autowired Flyway flyway;
    @Autowired JdbcClient jdbc;

    @Test
    void householdIsPartitionedByRangeOfCountyCodeOnePartitionPerProvinceAndADefault() {
        ProvincePartitions.assertPartitionedByProvince(jdbc, "household");
    }

    @Test
    void aCountysHouseholdsAreReadFromItsProvincesPartitionOnly() {
        String plan = String.join("\n", jdbc.sql("""
                explain (costs off) select * from household where county_code = '620721' and year = 2015
                  and village_code between '620721000000' and '620721999999'""").query(String.class).list());
        assertThat(plan).contains("household_p62").doesNotContain("household_p63", "household_p_other");
    }

    @Test
    void theMigrationKeepsHouseholdsKeysPolicyGrantsAndIncomingKeysAndTheAppRoleSeesOnlyItsScope() throws Exception {
        try (EarlierDatabase earlier = EarlierDatabase.create(database, flyway, OLD)) {
            earlier.migrate(lastVersionBefore("166"));
            JdbcClient old = earlier.jdbc();
            old.sql(EarlierDatabase.ONE_MEMBER).update();
            String before = describe(old);
            assertThat(before).contains("constraint household_pkey PRIMARY KEY (county_code, id)",
                    "constraint household_village_code_fkey FOREIGN KEY (village_code) REFERENCES region(code)",
                    "referenced by person person_county_code_household_id_fkey FOREIGN KEY (county_code, household_id) "
                            + "REFERENCES household(county_code, id) ON DELETE CASCADE false false",
                    "policy household_in_scope PERMISSIVE ALL {public}", "table true true", "fupin_app=arwd",
                    "index CREATE INDEX household_year_village_idx", "sequence public.household_id_seq");
            assertThat(relkind(old)).isEqualTo("r");
            earlier.migrate("166");

            // the same, but that the (year, village_code) index ends with county_code for index-only counts
            assertThat(describe(old)).isEqualTo(before.replace("btree (year, village_code)",
                    "btree (year, village_code, county_code)"));
            assertThat(relkind(old)).isEqualTo("p");
            assertThat(old.sql("select count(*) from household_p62").query(Integer.class).single()).isEqualTo(1);
            assertThat(old.sql("select relacl::text from pg_class where oid = 'household_p62'::regclass")
                    .query(String.class).single()).doesNotContain("fupin_app");
            try (Connection c = earlier.connect(); Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                st.execute("set local role fupin_app");
                assertThat(count(st, "620721", "household")).isEqualTo(1);
                assertThat(count(st, "63", "household")).isZero();
                assertThatThrownBy(() -> st.executeQuery("select count(*) from household_p62"))
                        .hasMessageContaining("permission denied");
                c.rollback();
            }
            // the re-made foreign key still cascades from the partitioned household to the partitioned person
            old.sql("delete from household").update();
            assertThat(old.sql("select count(*) from person").query(Integer.class).single()).isZero();
        }
    }

    /** The version just before {@code version}, whatever other migrations the branches added below it. */
    private String lastVersionBefore(String version) {
        return Arrays.stream(flyway.info().all()).map(m -> m.getVersion())
                .filter(v -> v != null && v.compareTo(MigrationVersion.fromVersion(version)) < 0)
                .max(Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private static String relkind(JdbcClient db) {
        return db.sql("select relkind::text from pg_class where oid = 'household'::regclass").query(String.class).single();
    }

    private static int count(Statement st, String scope, String table) throws Exception {
        st.execute("select set_config('fupin.scope', '" + scope + "', true)");
        try (var rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Everything of household a dump of its schema would show, and the foreign keys that refer to it. */
    private static String describe(JdbcClient db) {
        return String.join("\n", db.sql("""
                select 'column ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull
                       || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' ' || coalesce(co.collname, '')
                       || ' ' || coalesce(col_description(a.attrelid, a.attnum), '') || ' ' || a.attstorage::text
                from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                left join pg_collation co on co.oid = a.attcollation and a.attcollation <> 100
                where a.attrelid = 'household'::regclass and a.attnum > 0 and not a.attisdropped
                union all select 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || condeferrable
                       || ' ' || condeferred from pg_constraint
                where conrelid = 'household'::regclass and conparentid = 0
                union all select 'index ' || replace(pg_get_indexdef(indexrelid), ' ON ONLY ', ' ON ') from pg_index
                where indrelid = 'household'::regclass
                union all select 'policy ' || policyname || ' ' || permissive || ' ' || cmd || ' ' || roles::text || ' '
                       || qual || ' ' || with_check from pg_policies where tablename = 'household'
                union all select 'table ' || relrowsecurity || ' ' || relforcerowsecurity || ' ' || relacl::text || ' '
                       || coalesce(obj_description(oid, 'pg_class'), '') from pg_class where oid = 'household'::regclass
                union all select 'trigger ' || tgname || ' ' || pg_get_triggerdef(oid) from pg_trigger
                where tgrelid = 'household'::regclass and not tgisinternal
                union all select 'referenced by ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
                       || ' ' || condeferrable || ' ' || condeferred from pg_constraint
                where confrelid = 'household'::regclass and contype = 'f' and conparentid = 0
                union all select 'sequence ' || pg_get_serial_sequence('household', 'id')
                order by 1""").query(String.class).list());
    }

}
