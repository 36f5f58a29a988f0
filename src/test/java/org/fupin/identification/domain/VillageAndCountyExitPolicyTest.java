package org.fupin.identification.domain;

import org.fupin.household.domain.PovertyStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain.md §3.4, §3.5 and §9 T10–T12, with the boundaries (exactly 2.00% and 3.00%). */
class VillageAndCountyExitPolicyTest {

    private static final VillageExitPolicy.Limits VILLAGE = new VillageExitPolicy.Limits(new BigDecimal("2.00"),
            new BigDecimal("3.00"));
    private static final CountyExitPolicy.Limits COUNTY = new CountyExitPolicy.Limits(new BigDecimal("2.00"),
            new BigDecimal("3.00"), new BigDecimal("2.00"), new BigDecimal("2.00"), new BigDecimal("90.00"));

    @ParameterizedTest(name = "{0} poor of {1}, western {2}: {3}% → exits {4}")
    @CsvSource({
            // T10: 3 of 120 = 2.5%
            "3, 120, true, 2.50, true",
            "3, 120, false, 2.50, false",
            // exactly at the limit is not below it
            "3, 100, true, 3.00, false",
            "2, 100, false, 2.00, false",
            // just under the limit, although it prints as the limit
            "2999, 100000, true, 3.00, true",
            "1999, 100000, false, 2.00, true",
            "0, 561, false, 0.00, true"})
    void villageExitsBelowTwoPercentOrThreeInTheWest(long poor, long population, boolean western, String shown,
                                                     boolean exits) {
        Verdict verdict = VillageExitPolicy.decide(poor, population, western, VILLAGE, Map.of());

        assertThat(verdict.passed()).isEqualTo(exits);
        Check incidence = verdict.checks().get(0);
        assertThat(incidence.name()).isEqualTo(VillageExitPolicy.INCIDENCE_BELOW_LIMIT);
        assertThat(incidence.numbers()).containsExactly(new BigDecimal(shown),
                western ? new BigDecimal("3.00") : new BigDecimal("2.00"), poor, population, western);
    }

    @Test
    void aVillageAlsoNeedsTheCountysExtraConditions() {
        Verdict verdict = VillageExitPolicy.decide(1, 120, false, VILLAGE, Map.of("collective income ≥ 50000", false));

        assertThat(verdict.reasons()).extracting(Check::name).containsExactly(HouseholdExitPolicy.EXTRA_CONDITION);
    }

    @Test
    void t11CountyWithAMissedRateOfThreePercentCannotExit() {
        CountyExitPolicy.Sample sample = new CountyExitPolicy.Sample(700, 250, 100, 60000, 5, 400, 9, 300, 455, 500);

        Verdict verdict = CountyExitPolicy.decide(sample, false, COUNTY);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reasons()).extracting(Check::name).containsExactly(CountyExitPolicy.MISSED_RATE);
        assertThat(numbers(verdict, CountyExitPolicy.WRONG_EXIT_RATE)).startsWith(new BigDecimal("1.25"));
        assertThat(numbers(verdict, CountyExitPolicy.MISSED_RATE)).startsWith(new BigDecimal("3.00"));
        assertThat(numbers(verdict, CountyExitPolicy.RECOGNITION)).startsWith(new BigDecimal("91.00"));
    }

    @ParameterizedTest(name = "({0}+{1}+{2})/{3}, western {4} → incidence passes {5}")
    @CsvSource({
            // T12
            "700, 250, 100, 60000, false, 1.75, true",
            "700, 250, 100, 60000, true, 1.75, true",
            "900, 250, 100, 50000, false, 2.50, false",
            "900, 250, 100, 50000, true, 2.50, true",
            // exactly 3.00% does not pass even in the west
            "1200, 200, 100, 50000, true, 3.00, false"})
    void t12ComprehensiveIncidenceOfTheCounty(long remaining, long missed, long wrong, long population, boolean western,
                                              String shown, boolean passes) {
        CountyExitPolicy.Sample sample = new CountyExitPolicy.Sample(remaining, missed, wrong, population,
                0, 400, 0, 300, 500, 500);

        Check incidence = CountyExitPolicy.decide(sample, western, COUNTY).checks().get(0);

        assertThat(incidence.passed()).isEqualTo(passes);
        assertThat(incidence.numbers().get(0)).isEqualTo(new BigDecimal(shown));
    }

    @ParameterizedTest(name = "wrong exits {0}/400, missed {1}/300, approving {2}/500 → {3}")
    @CsvSource({
            "8, 6, 450, true",      // exactly 2%, 2% and 90% pass (≤ 2%, ≥ 90%)
            "9, 6, 450, false",     // 2.25% wrongly exited
            "8, 7, 450, false",     // 2.33% missed
            "8, 6, 449, false"})    // 89.8% approval
    void countyRatesAtTheirLimits(long wrong, long missed, long approving, boolean passes) {
        CountyExitPolicy.Sample sample = new CountyExitPolicy.Sample(0, 0, 0, 1000, wrong, 400, missed, 300, approving, 500);

        assertThat(CountyExitPolicy.decide(sample, false, COUNTY).passed()).isEqualTo(passes);
    }

    @Test
    void t26OnlyNotExitedAndReturnedCountAsCurrentPoor() {
        List<String> statuses = List.of("0", "1", "2", "3", "0", "3", "1");

        assertThat(PovertyStatus.countCurrentPoor(statuses)).isEqualTo(4);
        assertThat(statuses.stream().filter(PovertyStatus::isCurrentPoor).distinct()).containsExactly("0", "3");
    }

    private static List<Object> numbers(Verdict verdict, String name) {
        return verdict.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().numbers();
    }
}
