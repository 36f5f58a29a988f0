package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.VillageExitPolicy;
import org.fupin.imports.Imports;
import org.fupin.kernel.Check;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Events that change a status, next year's prefill, and the village exit calculation on the sample county. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdjustmentIntegrationTest {

    private static final String VILLAGE = TestHouseholds.VILLAGE;
    private static final RegionScope ALL = RegionScope.ALL;

    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired HouseholdRegistry registry;
    @Autowired HouseholdEvents events;
    @Autowired IdentificationCases cases;
    @Autowired SnapshotPrefill prefill;
    @Autowired ExitCalculations exits;
    @Autowired Statistics statistics;

    @BeforeAll
    void county() {
        Samples.importCounty(imports);
    }

    @Test
    void aReturnToPovertyIsRefusedByHandAndRecordedWithTheStatusBeforeAndAfterByItsProcedure() {
        long household = TestHouseholds.household(editor).number("T-AD-1").head("返贫户", "62072119600101001").create();
        editor.changeStatus(ALL, household, "1", 2015, "test");

        assertThatThrownBy(() -> events.record(ALL, household, EventType.RETURN, LocalDate.of(2015, 9, 1),
                "serious illness", null, "test"))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.code()).isEqualTo("STATUS_BY_PROCEDURE"));
        assertThat(registry.povertyStatusCode(ALL, household)).contains("1");

        long caseId = cases.open(ALL, CaseKind.IDENTIFICATION, household, LocalDate.of(2015, 8, 1),
                new Actor("cadre", "VILLAGE_CADRE"));
        events.record(ALL, household, EventType.RETURN, LocalDate.of(2015, 9, 1), "serious illness", caseId, "test");

        assertThat(registry.povertyStatusCode(ALL, household)).contains("3");
        assertThat(registry.household(ALL, household).orElseThrow().exitYear()).isNull();
        assertThat(events.history(ALL, VILLAGE, "T-AD-1")).singleElement().satisfies(e -> {
            assertThat(e.statusBefore()).isEqualTo("1");
            assertThat(e.statusAfter()).isEqualTo("3");
            assertThat(e.reason()).isEqualTo("serious illness");
        });
        assertThat(events.isNewOrReturnedIn(VILLAGE, "T-AD-1", 2015)).isTrue();
    }

    @Test
    void nextYearIsPrefilledFromThisYearExceptRemovedHouseholdsAndOnlyOnce() {
        long removed = TestHouseholds.household(editor).number("T-AD-2").head("剔除户", "62072119600202003").create();
        events.record(ALL, removed, EventType.REMOVAL, LocalDate.of(2015, 6, 1), "wrongly registered", null, "test");
        long before = registry.households(ALL, VILLAGE, 2015, 0, 500).total();

        SnapshotPrefill.Result first = prefill.prefill(ALL, VILLAGE, 2015, "test");
        SnapshotPrefill.Result again = prefill.prefill(ALL, VILLAGE, 2015, "test");

        assertThat(first.leftOut()).isEqualTo(1);
        assertThat(first.carried() + first.existing()).isEqualTo(before - 1);
        assertThat(again.carried()).isZero();
        assertThat(again.existing()).isEqualTo(before - 1);
        assertThat(registry.households(ALL, VILLAGE, 2016, 0, 500).rows())
                .extracting(r -> r.householdNumber()).doesNotContain("T-AD-2");
        assertThat(statistics.forRegion(ALL, VILLAGE, 2016).persons()).isPositive();
    }

    @Test
    void villageExitIsCalculatedFromTheRegistryAgainstTheWesternLimit() {
        RegionStatistics figures = statistics.forRegion(ALL, "620721101202", 2015);

        Check incidence = exits.village(ALL, "620721101202", 2015).checks().get(0);

        assertThat(incidence.name()).isEqualTo(VillageExitPolicy.INCIDENCE_BELOW_LIMIT);
        assertThat(incidence.numbers().subList(1, 5)).containsExactly(new BigDecimal("3.00"), figures.poorPersons(),
                figures.ruralPopulation(), true);
        assertThat(incidence.passed()).isEqualTo(figures.poorPersons() * 100 < 3L * figures.ruralPopulation());
    }
}
