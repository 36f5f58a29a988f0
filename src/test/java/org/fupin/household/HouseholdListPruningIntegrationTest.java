package org.fupin.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #28, ADR 0048: the household list of a county, with its heads and its text search, is planned on the
 * province's partitions of household and person only, because the query bounds county_code by the scope.
 */
@FupinTest
class HouseholdListPruningIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void aCountysHouseholdListReadsOnlyItsProvincesPartitionsOfHouseholdAndPerson() {
        String plan = plan(HouseholdRepository.LIST_COLUMNS + HouseholdRepository.SEARCH_FILTER
                + " order by h.village_code, h.household_number offset 0 limit 20", "620721000000", "620721999999");
        assertThat(plan).contains("household_p62", "person_p62")
                .doesNotContain("household_p63", "household_p_other", "person_p63", "person_p_other");
    }

    @Test
    void aProvincesCountReadsOnlyThatProvinceAndTheNationsReadsThemAll() {
        String province = plan("select count(*) " + HouseholdRepository.SEARCH_FILTER, "620000000000", "629999999999");
        assertThat(province).contains("household_p62").doesNotContain("household_p61", "household_p63");
        String nation = plan("select count(*) " + HouseholdRepository.SEARCH_FILTER, "000000000000", "999999999999");
        assertThat(nation).contains("household_p11", "household_p62", "household_p_other");
    }

    /** The plan of the repository's query as the repository binds it, searching by text (so the member subquery runs). */
    private String plan(String query, String lowest, String highest) {
        Map<String, Object> params = new HashMap<>(Map.of("year", 2015, "lowest", lowest, "highest", highest,
                "text", "620721"));
        params.put("status", null);
        params.put("cause", null);
        params.put("attribute", null);
        params.put("citizenHash", null);
        List<String> lines = jdbc.sql("explain (costs off) " + query).params(params).query(String.class).list();
        return String.join("\n", lines);
    }
}
