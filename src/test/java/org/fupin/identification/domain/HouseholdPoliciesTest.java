package org.fupin.identification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identification and household exit: income against the line, exclusion rules, 两不愁三保障. */
class HouseholdPoliciesTest {

    private static final LocalDate ON = LocalDate.of(2016, 11, 1);
    private static final List<ExclusionRules.Rule> ENABLED = List.of(new ExclusionRules.Rule("VEHICLE", "car"),
            new ExclusionRules.Rule("COMMERCIAL_HOUSING", "flat"));

    @ParameterizedTest(name = "{0}: {1} against {2} → eligible {3}")
    @CsvSource({
            "2015, 2800.00, 2855, true",    // T1
            "2013, 2766.67, 2736, false",   // T2
            "2015, 2855.00, 2855, false",   // equal to the line is not below it
            "2015, 2854.99, 2855, true"})
    void incomeBelowTheLineOfTheYear(int year, String perCapita, String line, boolean eligible) {
        Verdict verdict = IdentificationPolicy.decide(year, new BigDecimal(perCapita), new BigDecimal(line), List.of(), Map.of());

        assertThat(verdict.passed()).isEqualTo(eligible);
        assertThat(verdict.checks().get(0).numbers()).containsExactly(new BigDecimal(perCapita), new BigDecimal(line), year);
    }

    @Test
    void anEnabledExclusionRuleWithAFindingRejectsAndSaysWhatWasFound() {
        Verdict verdict = IdentificationPolicy.decide(2015, new BigDecimal("2000.00"), new BigDecimal("2855"), ENABLED,
                Map.of("VEHICLE", "2014 sedan 80000 yuan", "ENTERPRISE", "ignored: rule not enabled"));

        assertThat(verdict.reasons()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo(ExclusionRules.EXCLUSION);
            assertThat(c.numbers()).containsExactly("VEHICLE", "car", "2014 sedan 80000 yuan");
        });
        assertThat(verdict.checks()).hasSize(3);
    }

    // ON is 1 November 2016: ages are counted on 31 August 2016, the day the school year's enrolment age is reckoned
    @ParameterizedTest(name = "housing {0}, child born {1} in school {2} exempt {3} through 初中 {4} → fails {5}")
    @CsvSource({
            "A, 2005-01-01, true, false, false, ",                  // 11 and in school
            "A, 2005-01-01, false, false, false, NO_DROPOUT",       // 11 and out of school
            "B, 2010-08-31, false, false, false, NO_DROPOUT",       // 6 on 31 August: enrolled this September
            "B, 2010-09-01, false, false, false, ",                 // 6 on 1 September: starts school next year
            "A, 2000-09-01, false, false, false, NO_DROPOUT",       // 15 on 31 August (16 on 1 September)
            "A, 2000-08-31, false, false, false, ",                 // 16 on 31 August: past compulsory age
            "A, 2001-03-01, false, false, true, ",                  // 15 and through 初中: not a dropout
            "A, 2005-01-01, false, true, false, ",                  // exempt (送教上门, 休学 with a reason)
            "C, 1980-01-01, false, false, false, HOUSING_SAFE",
            "D, 1980-01-01, false, false, false, HOUSING_SAFE"})
    void guaranteesNameTheFailingCheck(String housing, LocalDate childBirth, boolean inSchool, boolean exempt,
                                       boolean throughJuniorMiddle, String failing) {
        Guarantees.Conditions conditions = new Guarantees.Conditions(true, housing, true, true, List.of(
                new Guarantees.Member(LocalDate.of(1975, 5, 1), false, false, true, true),
                new Guarantees.Member(childBirth, inSchool, exempt, throughJuniorMiddle, true)));

        List<Check> failed = new Verdict(Guarantees.check(conditions, ON)).reasons();

        if (failing == null) assertThat(failed).isEmpty();
        else assertThat(failed).extracting(Check::name).containsExactly(failing);
    }

    @Test
    void everyUninsuredMemberAndUnsafeWaterAreCounted() {
        Guarantees.Conditions conditions = new Guarantees.Conditions(false, "A", false, true, List.of(
                new Guarantees.Member(LocalDate.of(1975, 5, 1), false, false, true, false),
                new Guarantees.Member(LocalDate.of(1978, 5, 1), false, false, true, true)));

        List<Check> failed = new Verdict(Guarantees.check(conditions, ON)).reasons();

        assertThat(failed).extracting(Check::name).containsExactly(Guarantees.FOOD_AND_CLOTHING,
                Guarantees.MEDICAL_INSURANCE, Guarantees.SAFE_WATER);
        assertThat(failed.get(1).numbers()).containsExactly(1L, 2);
    }

    @Test
    void drinkingWaterIsCheckedOnlyInTheYearsThatRequireIt() {
        Guarantees.Conditions before2019 = new Guarantees.Conditions(true, "A", false, false, List.of());
        Guarantees.Conditions from2019 = new Guarantees.Conditions(true, "A", false, true, List.of());

        assertThat(new Verdict(Guarantees.check(before2019, ON)).passed()).isTrue();
        assertThat(new Verdict(Guarantees.check(before2019, ON)).checks()).extracting(Check::name)
                .doesNotContain(Guarantees.SAFE_WATER);
        assertThat(new Verdict(Guarantees.check(from2019, ON)).reasons()).extracting(Check::name)
                .containsExactly(Guarantees.SAFE_WATER);
    }

    @ParameterizedTest(name = "stable years {0}, first record year {1} → years checked {2}")
    @CsvSource({
            "1, 2014, 2016",              // the default: this year's income only
            "2, 2014, 2016 2015",         // a province asking for two years
            "2, 2016, 2016",              // the registry's first snapshot: no earlier year to ask for
            "3, 2015, 2016 2015"})
    void incomeYearsAreThisYearAndTheStableYearsBeforeButNeverBeforeTheFirstSnapshot(int stableYears, int firstYear,
                                                                                      String years) {
        HouseholdExitPolicy.Facts facts = new HouseholdExitPolicy.Facts(2016, List.of(
                new HouseholdExitPolicy.YearIncome(2016, new BigDecimal("3500.00"), new BigDecimal("2952"))),
                new Guarantees.Conditions(true, "A", true, true, List.of()), false, Map.of(), firstYear);

        Verdict verdict = HouseholdExitPolicy.decide(facts, stableYears, true, ON);

        assertThat(verdict.checks().stream().filter(c -> c.name().startsWith("INCOME"))
                .map(c -> c.numbers().get(c.name().equals(IncomeRule.YEAR_MISSING) ? 0 : 2))
                .map(String::valueOf).toList()).containsExactly(years.split(" "));
    }

    @ParameterizedTest(name = "2016 {0} / 2015 {1}, new {2}, block {3} → exits {4}")
    @CsvSource({
            "3500.00, 3000.00, false, true, true",
            "3500.00, 2855.00, false, true, false",     // last year equal to the line: not stably above
            "2952.00, 3000.00, false, true, false",     // this year equal to the line
            "3500.00, , false, true, false",            // last year not recorded
            "3500.00, 3000.00, true, true, false",      // registered or returned this year
            "3500.00, 3000.00, true, false, true"})     // the county does not block new households
    void householdExitNeedsIncomeStablyAboveTheLine(String thisYear, String lastYear, boolean isNew, boolean block,
                                                    boolean exits) {
        HouseholdExitPolicy.Facts facts = new HouseholdExitPolicy.Facts(2016, List.of(
                new HouseholdExitPolicy.YearIncome(2016, new BigDecimal(thisYear), new BigDecimal("2952")),
                new HouseholdExitPolicy.YearIncome(2015, lastYear == null ? null : new BigDecimal(lastYear),
                        new BigDecimal("2855"))),
                new Guarantees.Conditions(true, "A", true, true, List.of(new Guarantees.Member(LocalDate.of(1970, 1, 1),
                        false, false, false, true))), isNew, Map.of(), 2014);

        assertThat(HouseholdExitPolicy.decide(facts, 2, block, ON).passed()).isEqualTo(exits);
    }
}
