package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.fupin.EarlierDatabase;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #28, ADR 0047 (V165): person is partitioned by province on county_code, a county's members are read from
 * its province's partition only, and the table keeps the keys, foreign key, checks, row-level security, policy and
 * grants it had before; the app role cannot read a partition past the parent's policy.
 */
@FupinTest
class PartitionPruningIntegrationTest {

    static final String OLD = "fupin_before_partitions";

    @Autowired Database database;
    @Autowired Flyway flyway;
    @Autowired JdbcClient jdbc;

    @Test
    void personIsPartitionedByRangeOfCountyCodeOnePartitionPerProvinceAndADefault() {
        ProvincePartitions.assertPartitionedByProvince(jdbc, "person");
    }

    @Test
    void aCountysMembersAreReadFromItsProvincesPartitionOnly() {
        String household = plan("select * from person where county_code = '620721' and household_id = 1");
        String county = plan("""
                select count(*) from person where county_code = '620721' and year = 2015
                  and village_code between '620721000000' and '620721999999'""");
        for (String plan : List.of(household, county)) {
            assertThat(plan).contains("person_p62").doesNotContain("person_p63").doesNotContain("person_p_other");
        }
        assertThat(plan("select * from person where household_id = 1")).contains("person_p63", "person_p_other");
    }

    @Test
    void theMigrationKeepsPersonsKeysPolicyAndGrantsAndTheAppRoleSeesOnlyItsScope() throws Exception {
        try (EarlierDatabase earlier = EarlierDatabase.create(database, flyway, OLD)) {
            earlier.migrate(lastVersionBefore165());
            JdbcClient old = earlier.jdbc();
            old.sql(EarlierDatabase.ONE_MEMBER).update();
            String before = describe(old);
            assertThat(before).contains("constraint person_pkey PRIMARY KEY (county_code, id)",
                    "constraint person_county_code_household_id_fkey FOREIGN KEY (county_code, household_id)",
                    "policy person_in_scope ALL {public}", "table true true", "fupin_app=arwd",
                    "index CREATE INDEX person_household_idx");
            assertThat(old.sql("select relkind::text from pg_class where oid = 'person'::regclass")
                    .query(String.class).single()).isEqualTo("r");
            earlier.migrate("165");

            assertThat(describe(old)).isEqualTo(before);
            assertThat(old.sql("select relkind::text from pg_class where oid = 'person'::regclass")
                    .query(String.class).single()).isEqualTo("p");
            assertThat(old.sql("select count(*) from person_p62").query(Integer.class).single()).isEqualTo(1);
            try (Connection c = earlier.connect(); Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                st.execute("set local role fupin_app");
                assertThat(count(st, "620721")).isEqualTo(1);
                assertThat(count(st, "63")).isZero();
                assertThatThrownBy(() -> st.executeQuery("select count(*) from person_p62"))
                        .hasMessageContaining("permission denied");
                c.rollback();
            }
        }
    }

    /** The version just before V165, whatever other migrations the branches added below it. */
    private String lastVersionBefore165() {
        return java.util.Arrays.stream(flyway.info().all()).map(m -> m.getVersion())
                .filter(v -> v != null && v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("165")) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private String plan(String query) {
        return String.join("\n", jdbc.sql("explain (costs off) " + query).query(String.class).list());
    }

    private static int count(Statement st, String scope) throws Exception {
        st.execute("select set_config('fupin.scope', '" + scope + "', true)");
        try (var rs = st.executeQuery("select count(*) from person")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Everything of person a dump of its schema would show, with partitioned indexes named like plain ones; a foreign
     * key to the partitioned household (V166) by its one top-level constraint, not the copies made for each partition.
     */
    private static String describe(JdbcClient db) {
        return String.join("\n", db.sql("""
                select 'column ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull
                       || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' ' || coalesce(co.collname, '')
                       || ' ' || coalesce(col_description(a.attrelid, a.attnum), '')
                from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                left join pg_collation co on co.oid = a.attcollation and a.attcollation <> 100
                where a.attrelid = 'person'::regclass and a.attnum > 0 and not a.attisdropped
                union all select 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                where conrelid = 'person'::regclass and conparentid = 0
                union all select 'index ' || replace(pg_get_indexdef(indexrelid), ' ON ONLY ', ' ON ') from pg_index
                where indrelid = 'person'::regclass
                union all select 'policy ' || policyname || ' ' || cmd || ' ' || roles::text || ' ' || qual || ' '
                       || with_check from pg_policies where tablename = 'person'
                union all select 'table ' || relrowsecurity || ' ' || relforcerowsecurity || ' ' || relacl::text || ' '
                       || coalesce(obj_description(oid, 'pg_class'), '') from pg_class where oid = 'person'::regclass
                union all select 'trigger ' || tgname from pg_trigger where tgrelid = 'person'::regclass
                       and not tgisinternal
                union all select 'referenced by ' || conname from pg_constraint where confrelid = 'person'::regclass
                union all select 'sequence ' || pg_get_serial_sequence('person', 'id')
                order by 1""").query(String.class).list());
    }
}
