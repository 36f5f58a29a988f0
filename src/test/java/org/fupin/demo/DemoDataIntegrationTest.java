package org.fupin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.fupin.household.HouseholdSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo county loads through the ordinary import path with no error, on a fresh server (own data directory,
 * demo loading on first start as in production).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "fupin.data-dir=${java.io.tmpdir}/fupin-demo-${random.uuid}", "fupin.db.durable=false",
        "fupin.admin-password=demo-test"})
class DemoDataIntegrationTest {

    @Autowired DemoData demo;
    @Autowired org.fupin.statistics.Reconciliation reconciliation;
    @Autowired org.fupin.household.HouseholdRegistry households;
    @Autowired Statistics statistics;
    @Autowired org.fupin.funds.Funds funds;
    @Autowired org.fupin.assistance.Alerts alerts;
    @Autowired org.fupin.facilities.Facilities facilities;

    @Test
    void loadsTheDemoCountyOnFirstStartAndReloadsIdempotently() {
        assertThat(demo.isLoaded()).isTrue();
        RegionStatistics first = statistics.forRegion(RegionScope.ALL, "620721000000", DemoData.YEAR);
        assertThat(first.households()).isGreaterThan(100);
        assertThat(first.poorHouseholds()).isPositive();
        assertThat(first.ruralPopulation()).isPositive();

        var share = funds.share(RegionScope.ALL, "620721000000", DemoData.YEAR + 1);
        assertThat(share.paid()).isPositive();
        assertThat(share.poorVillageShare()).isGreaterThan(share.consolidationVillageShare());
        var alerted = alerts.summary(RegionScope.ALL, "620721000000", DemoData.YEAR, java.time.LocalDate.now(), null);
        assertThat(alerted.householdsWithoutCadre()).isEmpty();
        assertThat(alerted.cadresWithoutVisit()).isNotEmpty();
        var coverage = facilities.coverage(RegionScope.ALL, "620721000000", DemoData.YEAR);
        assertThat(coverage.reported()).isEqualTo(coverage.villages()).isPositive();
        assertThat(coverage.types()).anySatisfy(t -> assertThat(t.villagesWith()).isEqualTo(coverage.villages()))
                .anySatisfy(t -> assertThat(t.lacking()).isNotEmpty());

        demo.load();

        assertThat(facilities.coverage(RegionScope.ALL, "620721000000", DemoData.YEAR)).isEqualTo(coverage);

        assertThat(funds.share(RegionScope.ALL, "620721000000", DemoData.YEAR + 1)).isEqualTo(share);

        assertThat(statistics.forRegion(RegionScope.ALL, "620721000000", DemoData.YEAR)).isEqualTo(first);

        assertThat(reconciliation.check(RegionScope.ALL, "620721000000", DemoData.YEAR)).isEmpty();
        for (RegionStatistics f : statistics.withDescendants(RegionScope.ALL, "620721000000", DemoData.YEAR)) {
            assertThat(listed(f.region(), null)).as("households of " + f.region()).isEqualTo(f.households());
            assertThat(listed(f.region(), HouseholdSearch.POOR)).as("poor households of " + f.region()).isEqualTo(f.poorHouseholds());
            assertThat(listed(f.region(), "1")).as("exited households of " + f.region()).isEqualTo(f.exitedHouseholds());
        }
    }

    /** The drill-through list behind a figure: how many households it has. */
    private long listed(String region, String status) {
        return households.search(RegionScope.ALL, new HouseholdSearch(region, DemoData.YEAR, null, status, null, null), 0, 1).total();
    }
}
