package org.fupin.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.kernel.Reason;
import org.fupin.region.RegionScope;
import org.fupin.system.Database;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue #28, ADR 0046: a project and its beneficiaries are distributed with the project's county, so a project
 * names households of its own county only.
 */
@FupinTest
class ProjectBeneficiaryCountyIntegrationTest {

    static final String VILLAGE = "620721101201";
    static final String OTHER_COUNTY_VILLAGE = "620722101201";

    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired ProjectLibrary library;
    @Autowired JdbcClient jdbc;
    @Autowired Database database;

    @Test
    void rejectsABeneficiaryWhenTheHouseholdLiesInAnotherCounty() {
        Samples.importCounty(imports);
        List<HouseholdRow> households = registry.households(RegionScope.ALL, VILLAGE, 2015, 0, 2).rows();
        long elsewhere = moveToAnotherCounty(households.get(1).id());
        long project = library.apply(RegionScope.ALL, 2019, new ProjectFields("县内肉牛养殖基地", "INDUSTRY", "NEW",
                VILLAGE, "2019年3月至9月", "县农业农村局", "新建牛舍", "专项资金", "建档立卡户", null, "入股分红"),
                new BigDecimal("100000.00"), LocalDate.of(2019, 2, 1)).id();

        assertThat(library.addBeneficiary(RegionScope.ALL, project, households.get(0).id()).orElseThrow().reasons())
                .isEmpty();
        assertThat(library.addBeneficiary(RegionScope.ALL, project, elsewhere).orElseThrow().reasons())
                .extracting(Reason::code).containsExactly("PROJECT_BENEFICIARY_OTHER_COUNTY");
        assertThat(owner().sql("select household_number from project_beneficiary").query(String.class).list())
                .containsExactly(households.get(0).householdNumber());
    }

    /** Re-registers a household (without its members) in a village of the neighbouring county 620722. */
    private long moveToAnotherCounty(long householdId) {
        jdbc.sql("""
                insert into region (code, name, level, parent_code) values
                    ('620722000000', '邻县', 'COUNTY', '620700000000'),
                    ('620722101000', '邻乡', 'TOWNSHIP', '620722000000'),
                    ('620722101201', '邻村', 'VILLAGE', '620722101000')""").update();
        JdbcClient owner = owner();
        owner.sql("delete from person where household_id = :id").param("id", householdId).update();
        owner.sql("update household set county_code = '620722', village_code = :village where id = :id")
                .param("village", OTHER_COUNTY_VILLAGE).param("id", householdId).update();
        return householdId;
    }

    /** The database's owner, past row-level security. */
    private JdbcClient owner() {
        return JdbcClient.create(new DriverManagerDataSource(database.url(), database.user(), database.password()));
    }
}
