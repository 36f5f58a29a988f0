package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue #28 (V175): the look-ups of an ID number in every county (the import's and the household edit's check that a
 * member is in no other household of the year, the civil-affairs reckoning) use an index led by the ID hash, not a
 * scan of every person; the county-led unique key cannot serve them.
 */
@FupinTest
class IdNumberLookupAcrossCountiesIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void findsAnIdNumberInAnyCountyThroughAnIndexLedByTheIdHash() {
        String plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("""
                    explain (costs off) select household_id from person
                    where citizen_number = 'hash' and year = 2015""").query(String.class).list());
        });
        assertThat(plan).contains("citizen_number_year_idx").doesNotContain("Seq Scan")
                .doesNotContain("county_code_year_citizen_number_key");
    }

    @Test
    void theIndexIsOnThePartitionedParentSoEveryProvincePartitionHasIt() {
        assertThat(jdbc.sql("""
                select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'person_citizen_number_year_idx'::regclass""").query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from pg_inherits where inhparent = 'person'::regclass")
                        .query(Integer.class).single());
    }
}
