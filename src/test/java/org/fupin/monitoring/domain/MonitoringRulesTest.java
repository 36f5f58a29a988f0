package org.fupin.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** domain.md §9 T13–T17 and §8 rules 7 and 8, as worked examples. */
class MonitoringRulesTest {

    private static BigDecimal y(String amount) {
        return new BigDecimal(amount);
    }

    @ParameterizedTest(name = "{0} × {1} (line {2}, 低保 {3}/month) = {4}")
    @CsvSource(nullValues = "-", value = {
            // T13: 1.5 × national line 4000 (2020)
            "POVERTY_LINE, 1.5, 4000, -, 6000.00",
            // T15: 德化 2024, 2 × annual 农村低保 815/month
            "DIBAO_MONTHLY, 2, -, 815, 19560.00",
            // T14: 云南 2025 amount
            "AMOUNT, 8700, -, -, 8700.00"})
    void computesTheMonitoringThresholdFromItsRule(RangeRule.Basis basis, String value, String line, String dibao,
                                                   String expected) {
        RangeRule rule = new RangeRule(basis, y(value));
        assertThat(rule.amount(line == null ? null : y(line), dibao == null ? null : y(dibao))).isEqualTo(y(expected));
    }

    @ParameterizedTest(name = "income {0} against {1}, exited {2}, rigid {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            // T13: 5500 < 6000 → within range
            "5500, 6000.00, true, 0, UNSTABLE_EXITED",
            // T14: 云南 8700
            "8500, 8700, false, 0, MARGINAL",
            "9000, 8700, false, 0, -",
            "9000, 8700, false, 27001, SEVERE_DIFFICULTY",
            // equal to the range is not within it
            "8700, 8700, true, 0, -"})
    void classifiesAHouseholdAgainstTheRange(String income, String threshold, boolean exited, String rigid,
                                             Category expected) {
        Classification.Result result = Classification.classify(
                new Classification.Facts(y(income), 3, exited, y(rigid)), y(threshold), y("100"));
        assertThat(result.category()).isEqualTo(Optional.ofNullable(expected));
        assertThat(result.checks().get(0).numbers()).containsExactly(y(income), y(threshold));
    }

    @Test
    void explainsTheSevereDifficultyWithTheAnnualIncome() {
        Classification.Result result = Classification.classify(
                new Classification.Facts(y("9000"), 3, false, y("27001")), y("8700"), y("100"));
        assertThat(result.checks().get(1)).isEqualTo(Check.of("RIGID_EXPENDITURE", true, y("27001"), y("27000.00"),
                y("100"), y("27000.00")));
    }

    /** Issue #17: 4 × 9,000 yuan with 20,000 yuan 合规自付 medical cost leaves 4,000 per person, below 8,700. */
    @Test
    void aHouseholdAboveTheRangeWhoseIncomeAfterRigidCostsFallsBelowItIsASevereDifficulty() {
        Classification.Result result = Classification.classify(
                new Classification.Facts(y("9000"), 4, false, y("20000")), y("8700"), y("100"));

        assertThat(result.category()).contains(Category.SEVERE_DIFFICULTY);
        assertThat(result.checks()).extracting(Check::name).containsExactly("IN_RANGE", "RIGID_EXPENDITURE", "INCOME_AFTER_RIGID");
        assertThat(result.checks().get(1).passed()).isFalse();
        assertThat(result.checks().get(2)).isEqualTo(Check.of("INCOME_AFTER_RIGID", true, y("36000.00"), y("20000"), 4,
                y("4000.00"), y("8700")));
    }

    @ParameterizedTest(name = "T16: clue {0}, decision {1}, notice {2} days → failed {3}")
    @CsvSource(nullValues = "-", value = {
            "2024-03-01, 2024-03-20, 4, DECISION_WITHIN_DAYS NOTICE_LONG_ENOUGH",
            "2024-03-01, 2024-03-16, 5, -",
            "2024-03-01, 2024-03-15, 7, -",
            "2024-03-01, 2024-03-12, 4, NOTICE_LONG_ENOUGH"})
    void checksTheIdentificationDeadlines(LocalDate clue, LocalDate decision, int noticeDays, String failed) {
        Verdict verdict = Timeliness.identification(clue, decision, noticeDays, limits(), decision);
        assertThat(names(verdict.reasons())).isEqualTo(failed == null ? "" : failed);
    }

    @Test
    void anOpenClueBecomesOverdueAfterFifteenDays() {
        LocalDate clue = LocalDate.of(2024, 3, 1);
        assertThat(Timeliness.identification(clue, null, null, limits(), LocalDate.of(2024, 3, 16)).passed()).isTrue();
        Verdict late = Timeliness.identification(clue, null, null, limits(), LocalDate.of(2024, 3, 17));
        assertThat(late.reasons()).singleElement().satisfies(c -> assertThat(c.numbers().get(2)).isEqualTo(16L));
    }

    @ParameterizedTest(name = "rule 7: identified 2024-01-10, measure {0} (developmental {1}), labour {2}, eliminated {3}, on {4} → failed {5}")
    @CsvSource(nullValues = "-", value = {
            "-,          false, true,  false, 2024-02-09, -",
            "-,          false, true,  false, 2024-02-10, MEASURE_WITHIN_MONTH",
            "2024-02-10, false, true,  false, 2024-05-01, -",
            "2024-02-11, false, true,  false, 2024-05-01, MEASURE_WITHIN_MONTH",
            "2024-01-20, false, true,  false, 2024-07-10, DEVELOPMENTAL_FOR_LABOUR",
            "2024-01-20, true,  true,  false, 2024-07-10, -",
            "2024-01-20, false, false, false, 2024-07-10, -",
            "2024-01-20, false, true,  true,  2024-07-10, -",
            "-,          false, true,  false, 2024-07-10, MEASURE_WITHIN_MONTH DEVELOPMENTAL_FOR_LABOUR"})
    void checksHelpAfterIdentification(LocalDate measureOn, boolean developmental, boolean labour, boolean eliminated,
                                       LocalDate on, String failed) {
        List<Timeliness.Measure> measures = measureOn == null ? List.of()
                : List.of(new Timeliness.Measure(measureOn, developmental));
        Verdict verdict = Timeliness.help(LocalDate.of(2024, 1, 10), measures, labour, eliminated, limits(), on);
        assertThat(names(verdict.reasons())).isEqualTo(failed == null ? "" : failed);
    }

    @ParameterizedTest(name = "T17: {0} stable months, labour {1} → failed {2}")
    @CsvSource(nullValues = "-", value = {
            "4, true,  INCOME_STABLE_ABOVE_RANGE",
            "6, true,  -",
            "7, true,  -",
            "8, false, HAS_LABOUR"})
    void allowsRiskEliminationOnlyAfterSixStableMonths(int months, boolean labour, String failed) {
        Verdict verdict = RiskElimination.assess(months, 6, new RiskElimination.Facts(true, true, true, labour));
        assertThat(names(verdict.reasons())).isEqualTo(failed == null ? "" : failed);
    }

    @Test
    void countsStableMonthsFromTheLatestUnbrokenRunOfMonthlyVisits() {
        List<RiskElimination.FollowUp> visits = List.of(
                visit("2024-01-15", "7000"), visit("2024-02-15", "9000"), visit("2024-03-15", "9100"),
                visit("2024-04-15", "9200"), visit("2024-05-15", "9300"), visit("2024-05-28", "9300"));
        assertThat(RiskElimination.stableMonths(visits, y("8700"))).isEqualTo(4);
        List<RiskElimination.FollowUp> gap = List.of(visit("2024-01-15", "9000"), visit("2024-03-15", "9000"));
        assertThat(RiskElimination.stableMonths(gap, y("8700"))).isEqualTo(1);
    }

    @ParameterizedTest(name = "early warning {0}")
    @CsvSource(nullValues = "-", value = {
            "in range,       8000, 8100, -,     B, 0, false, 0,    INCOME_IN_RANGE INCOME_NEAR_RANGE",
            "near range,     9500, 9600, -,     B, 0, false, 0,    INCOME_NEAR_RANGE",
            "sharp drop,    12000, 20000, -,    B, 0, false, 0,    INCOME_DROP",
            "medical,       12000, 12000, 18001, B, 0, false, 0,   MEDICAL_BURDEN",
            "house D,       12000, 12000, -,    D, 0, false, 0,    UNSAFE_HOUSING",
            "dropout,       12000, 12000, -,    A, 1, false, 0,    SCHOOL_DROPOUT",
            "labourer lost, 12000, 12000, -,    A, 0, true,  0,    ONLY_LABOURER_LOST",
            "disaster,      12000, 12000, -,    A, 0, false, 5000, DISASTER",
            "no risk,       12000, 12000, 18000, A, 0, false, 0,   -"})
    void explainsEachEarlyWarning(String label, String income, String previous, String medical, String housing,
                                  int dropouts, boolean labourerLost, String disaster, String hits) {
        Verdict verdict = EarlyWarning.assess(new EarlyWarning.Facts(y(income), y(previous), 3,
                medical == null ? null : y(medical), housing, dropouts, labourerLost, y(disaster)),
                new EarlyWarning.Limits(y("8700"), y("120"), y("30"), y("50")));
        assertThat(names(verdict.reasons())).as(label).isEqualTo(hits == null ? "" : hits);
    }

    @Test
    void explainsADropWithItsPercentage() {
        Verdict verdict = EarlyWarning.assess(new EarlyWarning.Facts(y("12000"), y("20000"), 3, null, null, 0, false,
                null), new EarlyWarning.Limits(y("8700"), y("120"), y("30"), y("50")));
        assertThat(verdict.reasons().get(0).numbers()).containsExactly(y("20000"), y("12000"), y("40.00"), y("30"));
    }

    @ParameterizedTest(name = "rule 8: born {0}, healthy {1}, in school {2}, skill {3} → warning {4}")
    @CsvSource({
            "1990-05-01, true,  false, 4, true",
            "1990-05-01, true,  false, 1, false",
            "1990-05-01, false, false, 4, false",
            "1990-05-01, true,  true,  4, false",
            "1964-01-01, true,  false, 4, false",
            "2008-07-01, true,  false, 4, true",
            "2008-07-02, true,  false, 4, false"})
    void warnsOfAnAbleBodiedPersonRecordedWithoutLabour(LocalDate born, boolean healthy, boolean inSchool, String skill,
                                                        boolean warned) {
        LabourCapacity.Result result = LabourCapacity.assess(
                List.of(new LabourCapacity.Member("A", born, healthy, inSchool, skill)), Set.of("3", "4"),
                LocalDate.of(2024, 7, 1));
        assertThat(result.warnings().isEmpty()).isEqualTo(!warned);
        assertThat(result.hasLabour()).isEqualTo(skill.equals("1"));
    }

    private static Timeliness.Limits limits() {
        return new Timeliness.Limits(15, 5, 1, 6);
    }

    private static RiskElimination.FollowUp visit(String date, String income) {
        return new RiskElimination.FollowUp(LocalDate.parse(date), y(income));
    }

    private static String names(List<Check> checks) {
        return String.join(" ", checks.stream().map(Check::name).toList());
    }
}
