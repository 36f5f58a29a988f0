package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue's view of a table partitioned by province on county_code (ADR 0047, 0048), shared by their tests. */
final class ProvincePartitions {

    private ProvincePartitions() {}

    /** Range on county_code, one partition per province-level code (62 shown) and a default: 35 in all. */
    static void assertPartitionedByProvince(JdbcClient jdbc, String table) {
        assertThat(jdbc.sql("""
                select p.partstrat::text || ':' || a.attname from pg_partitioned_table p
                join pg_attribute a on a.attrelid = p.partrelid and a.attnum = p.partattrs[0]
                where p.partrelid = cast(:table as regclass)""").param("table", table).query(String.class).single())
                .isEqualTo("r:county_code");
        assertThat(jdbc.sql("""
                select pg_get_expr(c.relpartbound, c.oid) from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = cast(:table as regclass) and c.relname in (:table || '_p62', :table || '_p_other')
                order by c.relname""").param("table", table).query(String.class).list())
                .containsExactly("FOR VALUES FROM ('62') TO ('63')", "DEFAULT");
        assertThat(jdbc.sql("select count(*) from pg_inherits where inhparent = cast(:table as regclass)")
                .param("table", table).query(Integer.class).single()).isEqualTo(35);
    }
}
