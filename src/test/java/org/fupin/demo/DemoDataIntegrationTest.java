package org.fupin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.fupin.household.HouseholdSearch;
import java.util.List;
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
    @Autowired org.fupin.identification.VillageExits villageExits;
    @Autowired org.fupin.identification.HouseholdEvents events;
    @Autowired org.fupin.statistics.Flows flows;
    @Autowired org.fupin.monitoring.MonitoringDashboard dashboard;
    @Autowired org.fupin.comparison.Comparison comparison;
    @Autowired org.fupin.assistance.Organisations organisations;
    @Autowired org.fupin.assistance.WorkTeams teams;
    @Autowired org.fupin.indicators.Indicators indicators;
    @Autowired org.fupin.identification.IdentificationCases cases;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.fupin.maps.Maps maps;

    static final String COUNTY = "620721000000";

    /** Issue #24: the maps show from the first start, on synthetic outlines that say so; the 5 poor villages exited in 2015. */
    @Test
    void drawsEveryTownshipAndVillageOfTheCountyOnSyntheticBoundaries() {
        var townships = maps.view(RegionScope.ALL, COUNTY, 2015, org.fupin.maps.MapFigure.POOR_HOUSEHOLDS,
                org.fupin.region.RegionLevel.TOWNSHIP, false);
        assertThat(townships.areas()).hasSize(8);
        assertThat(townships.synthetic()).isTrue();
        var battle = maps.battle(RegionScope.ALL, COUNTY, 2016);
        assertThat(battle.areas()).hasSize(105);
        assertThat(battle.places()).hasSize(105);
        assertThat(battle.areas()).filteredOn(a -> a.legendClass() == org.fupin.maps.Maps.BattleState.EXITED.ordinal())
                .hasSize(5);
    }

    /** Issue #24: monitored households on the map, all and by category, are the dashboard's lists counted by area. */
    @Test
    void mapsTheMonitoredHouseholdsAsTheDashboardListsThem() {
        int year = java.time.LocalDate.now().getYear();
        var rows = dashboard.list(RegionScope.ALL, COUNTY, java.time.LocalDate.now(), null, null);
        assertThat(rows).isNotEmpty();
        for (var figure : List.of(org.fupin.maps.MapFigure.MONITORED_HOUSEHOLDS,
                org.fupin.maps.MapFigure.MONITORED_UNSTABLE_EXITED, org.fupin.maps.MapFigure.MONITORED_MARGINAL,
                org.fupin.maps.MapFigure.MONITORED_SEVERE_DIFFICULTY)) {
            var map = maps.view(RegionScope.ALL, COUNTY, year, figure, org.fupin.region.RegionLevel.TOWNSHIP, false);
            java.util.Map<String, Long> expected = new java.util.HashMap<>();
            rows.stream().filter(r -> figure.monitoringCategory() == null
                            || figure.monitoringCategory().equals(String.valueOf(r.episode().category())))
                    .forEach(r -> expected.merge(r.episode().villageCode().substring(0, 9) + "000", 1L, Long::sum));
            assertThat(map.areas()).hasSize(8).allSatisfy(a -> assertThat(a.value()).as(figure + " " + a.name())
                    .isEqualByComparingTo(java.math.BigDecimal.valueOf(expected.getOrDefault(a.code(), 0L))));
        }
        var all = maps.view(RegionScope.ALL, COUNTY, year, org.fupin.maps.MapFigure.MONITORED_HOUSEHOLDS,
                org.fupin.region.RegionLevel.TOWNSHIP, false);
        assertThat(all.areas().stream().mapToLong(a -> a.value().longValue()).sum()).isEqualTo(rows.size());
    }

    /** Issue #24: a township's figure sums its villages' (planned exits and facility coverage were 0 by township). */
    @Test
    void colorsTownshipsByTheSumOfTheirVillages() {
        long planned = 0;
        for (int year = 2014; year <= 2020; year++) {
            long villages = sum(maps.view(RegionScope.ALL, COUNTY, year, org.fupin.maps.MapFigure.VILLAGE_EXITS_PLANNED,
                    org.fupin.region.RegionLevel.VILLAGE, false));
            long townships = sum(maps.view(RegionScope.ALL, COUNTY, year, org.fupin.maps.MapFigure.VILLAGE_EXITS_PLANNED,
                    org.fupin.region.RegionLevel.TOWNSHIP, false));
            assertThat(townships).as("planned exits " + year).isEqualTo(villages);
            planned += villages;
        }
        assertThat(planned).isPositive();
        assertThat(maps.view(RegionScope.ALL, COUNTY, 2015, org.fupin.maps.MapFigure.FACILITY_COVERAGE,
                org.fupin.region.RegionLevel.TOWNSHIP, false).areas()).anySatisfy(a -> assertThat(a.value()).isPositive());
    }

    private static long sum(org.fupin.maps.MapView map) {
        return map.areas().stream().filter(a -> a.value() != null).mapToLong(a -> a.value().longValue()).sum();
    }

    @Test
    void showsTheSeedsFiguresFor2014And2015() {
        for (int year : new int[] {2014, 2015}) {
            RegionStatistics county = statistics.forRegion(RegionScope.ALL, COUNTY, year);
            assertThat(county.poorHouseholds()).as("poor households " + year).isEqualTo(69);
            assertThat(county.poorPersons()).as("poor persons " + year).isEqualTo(200);
            assertThat(county.ruralPopulation()).as("rural population " + year).isEqualTo(25_500);
            assertThat(county.incidencePercent()).isEqualByComparingTo("0.78");
        }
        List<String> poorVillages = statistics.withDescendants(RegionScope.ALL, COUNTY, 2015).stream()
                .filter(f -> f.poorHouseholds() > 0 && !f.region().endsWith("000")).map(RegionStatistics::region).toList();
        assertThat(poorVillages).hasSize(5).contains("620721200215");
        assertThat(poorVillages.stream().map(v -> v.substring(0, 9)).distinct()).hasSize(4);
        assertThat(statistics.forRegion(RegionScope.ALL, "620721200215", 2015).poorHouseholds()).isEqualTo(13);
        assertThat(villages(2015, "1")).containsExactlyInAnyOrderElementsOf(poorVillages);
        assertThat(villages(2015, "2")).hasSize(20);
        assertThat(villageExits.list(RegionScope.ALL)).hasSize(5).allSatisfy(e -> {
            assertThat(e.year()).isEqualTo(2015);
            assertThat(e.status()).isEqualTo(org.fupin.identification.domain.VillageExitStep.EXITED);
        });
        assertThat(events.counts(RegionScope.ALL, 2015)).isNotEmpty();
        var flows2015 = flows.between(RegionScope.ALL, COUNTY, 2015);
        assertThat(flows2015.addedPersons()).isEqualTo(flows2015.removedPersons()).isPositive();
    }

    @Test
    void producesEveryYearTo2026WithFlowsEqualToTheYearsEventsANewIdentificationAndEveryHouseholdExitedBy2020() {
        assertThat(statistics.series(RegionScope.ALL, COUNTY)).extracting(RegionStatistics::year)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(2014, 2026).boxed().toList());
        for (int year = 2015; year <= 2026; year++) {
            var f = flows.between(RegionScope.ALL, COUNTY, year);
            var counts = events.counts(RegionScope.ALL, year);
            long identified = counts.getOrDefault("NEW_IDENTIFICATION", 0L);
            assertThat(f.newHouseholds()).as("new households in " + year).isEqualTo(identified);
            assertThat(f.addedPersons()).as("persons added in " + year).isPositive()
                    .isEqualTo(counts.getOrDefault("NATURAL_INCREASE", 0L) + 2 * identified);
            assertThat(f.removedPersons()).as("persons removed in " + year).isPositive()
                    .isEqualTo(counts.getOrDefault("NATURAL_DECREASE", 0L));
            assertThat(f.exitedHouseholds()).as("exits in " + year).isEqualTo(counts.getOrDefault("EXIT", 0L));
            assertThat(reconciliation.check(RegionScope.ALL, COUNTY, year)).as("reconcile " + year).isEmpty();
        }
        assertThat(java.util.stream.IntStream.rangeClosed(2016, 2020)
                .mapToLong(y -> flows.between(RegionScope.ALL, COUNTY, y).exitedHouseholds())).containsExactly(10L, 20L, 20L, 16L, 4L);
        RegionStatistics last = statistics.forRegion(RegionScope.ALL, COUNTY, 2020);
        assertThat(last.poorHouseholds()).isZero();
        assertThat(last.exitedHouseholds()).isEqualTo(70);
        assertThat(cases.cases(RegionScope.ALL, org.fupin.identification.domain.CaseKind.IDENTIFICATION, null))
                .singleElement().satisfies(c -> {
                    assertThat(c.year()).isEqualTo(2017);
                    assertThat(c.status()).isEqualTo("REGISTERED");
                });
        assertThat(flows.between(RegionScope.ALL, COUNTY, 2017).newHouseholds()).isEqualTo(1);
        assertThat(cases.cases(RegionScope.ALL, org.fupin.identification.domain.CaseKind.EXIT, null)).hasSize(70)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo("DEREGISTERED"));
    }

    @Test
    void showsTheSeedsStaffingFacilitiesAndIndicatorsFor2015() {
        var cadres = organisations.cadres(RegionScope.ALL);
        assertThat(cadres.stream().filter(c -> c.flags().contains(org.fupin.assistance.CadreFlag.SECONDED))).hasSize(12);
        assertThat(cadres.stream().filter(c -> c.flags().contains(org.fupin.assistance.CadreFlag.COLLEGE_GRADUATE))).hasSize(9);
        for (String village : List.of("620721200215", "620721200218", "620721102207", "620721203211", "620721205205")) {
            assertThat(teams.staffing(RegionScope.ALL, village, java.time.LocalDate.now()).missing()).as(village).isEmpty();
        }
        var rows = facilities.rows(RegionScope.ALL, COUNTY, DemoData.YEAR);
        assertThat(rows.stream().filter(r -> r.type().equals("FINANCE_POINT")).mapToInt(r -> r.count()).sum()).isEqualTo(28);
        assertThat(rows.stream().filter(r -> r.type().equals("POS_TERMINAL")).mapToInt(r -> r.count()).sum()).isEqualTo(176);
        assertThat(rows.stream().filter(r -> r.type().equals("ECOMMERCE_POINT")).map(r -> r.villageCode()))
                .containsExactlyInAnyOrder("620721200215", "620721200218", "620721102207", "620721203211", "620721205205");
        var report = indicators.attainment(RegionScope.ALL, COUNTY, 2015, org.fupin.indicators.Indicators.NATIONAL_2013);
        assertThat(report.attainment().missing()).isEmpty();
        assertThat(report.attainment().atTarget()).isEqualTo(17);
        assertThat(report.attainment().total()).as("the article's 79.94 %").isBetween(new java.math.BigDecimal("79.84"),
                new java.math.BigDecimal("80.04"));
        assertThat(report.actuals().get("31")).isEqualByComparingTo("95.5");
        assertThat(indicators.trend(RegionScope.ALL, COUNTY, org.fupin.indicators.Indicators.NATIONAL_2013))
                .extracting(org.fupin.indicators.Indicators.YearTotal::year).containsExactly(2015);
    }

    @Test
    void comparesMostHouseholdsWithTheDepartmentsListsWithHitsForEachReviewOutcome() {
        var run = comparison.runs(RegionScope.ALL).stream().filter(r -> r.year() == 2015).findFirst().orElseThrow();
        assertThat(run.householdsWithoutConsent()).isEqualTo(7);
        assertThat(run.householdsCompared()).isEqualTo(69);
        var hits = comparison.hitsOfRun(run.id());
        assertThat(hits).extracting(org.fupin.comparison.Views.Hit::ruleCode)
                .contains("VEHICLE_PURCHASE", "PUBLIC_PAYROLL", "DEATH");
        assertThat(hits).extracting(org.fupin.comparison.Views.Hit::status).contains("CONFIRMED", "DISMISSED", "PENDING");
        assertThat(comparison.caseRequests(RegionScope.ALL)).extracting(org.fupin.comparison.Views.CaseRequest::kind)
                .containsExactly("REMOVAL");
    }

    @Test
    void monitorsHouseholdsFrom2021ThroughEveryChannelToRiskElimination() {
        assertThat(jdbc.sql("select distinct channel from monitoring_clue").query(String.class).list())
                .containsExactlyInAnyOrder("SELF_DECLARATION", "CADRE_SCREENING", "DEPARTMENT_WARNING");
        assertThat(jdbc.sql("select min(year) from monitoring_episode").query(Integer.class).single()).isEqualTo(2021);
        List<String> statuses = jdbc.sql("select status from monitoring_episode").query(String.class).list();
        assertThat(statuses).contains("ELIMINATED", "MONITORED", "IDENTIFYING");
        var board = dashboard.board(RegionScope.ALL, "620721", java.time.LocalDate.of(2026, 11, 30));
        assertThat(board.households()).isPositive();
        assertThat(jdbc.sql("select count(*) from monitoring_follow_up").query(Long.class).single()).isGreaterThan(30);
    }

    private List<String> villages(int year, String villageClass) {
        return jdbc.sql("select village_code from village_fact where year = :year and village_class = :class")
                .param("year", year).param("class", villageClass).query(String.class).list();
    }

    @Test
    void loadsTheDemoCountyOnFirstStartAndReloadsIdempotently() {
        assertThat(demo.isLoaded()).isTrue();
        RegionStatistics first = statistics.forRegion(RegionScope.ALL, "620721000000", DemoData.YEAR);
        assertThat(first.households()).isEqualTo(69);
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
