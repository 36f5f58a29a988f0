package org.fupin.household.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.household.domain.RegistryColumn.*;
import static org.fupin.household.domain.RegistryRows.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fupin.income.PovertyLine;
import org.fupin.income.PovertyLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules across the rows of one household-year (import-templates.md §3; worked cases T1, T18, T25). */
class HouseholdRulesTest {

    private static final Optional<PovertyLine> LINE_2015 =
            Optional.of(new PovertyLine(2015, PovertyLines.NATIONAL, new BigDecimal("2855")));

    private static HouseholdRules.Result check(RegistryRows... rows) {
        return HouseholdRules.check(household(rows), LINE_2015);
    }

    /** Each finding as row:COLUMN:CODE. */
    private static List<String> findings(HouseholdRules.Result result) {
        return result.findings().stream().map(f -> f.row() + ":" + f.column() + ":" + f.code()).toList();
    }

    private static RegistryRows aDaughter() { return aMember("之女", "620721198001010043", "女"); }

    @Test
    void acceptsAValidHouseholdAndComputesItsIncome() {
        HouseholdRules.Result result = check(aHead(), aSpouse(), aSchoolChild(), aDaughter());

        assertThat(result.findings()).isEmpty();
        HouseholdRules.Household household = result.household().orElseThrow();
        assertThat(household.head().row()).isEqualTo(2);
        assertThat(household.members()).hasSize(4);
        assertThat(household.netIncome()).isEqualTo(new BigDecimal("11200.00"));
        assertThat(household.netIncomePerCapita()).isEqualTo(new BigDecimal("2800.00"));
    }

    @Test
    void reportsARefusedHeadValueOnceNotAgainOnRowsThatRepeatTheGoodValue() {
        HouseholdRules.Result result = check(aHead().with(WAGE_INCOME, "-5"), aSpouse().with(WAGE_INCOME, "8000.00"));

        assertThat(findings(result)).doesNotContain("3:WAGE_INCOME:VALUE_DIFFERS_FROM_HEAD");
        assertThat(result.household()).isEmpty();
    }

    @Test
    void rejectsTwoHeadsOnBothHeadRows() {
        HouseholdRules.Result result = check(aHead(), aSpouse(), aHead().with(ID_NUMBER, MALE_ADULT_ID));

        assertThat(findings(result)).containsExactly(
                "2:RELATIONSHIP:HOUSEHOLD_WITH_SEVERAL_HEADS", "4:RELATIONSHIP:HOUSEHOLD_WITH_SEVERAL_HEADS");
        assertThat(result.household()).isEmpty();
    }

    @Test
    void rejectsAHouseholdWithoutHeadOnEveryRow() {
        HouseholdRules.Result result = check(aSpouse(), aSchoolChild());

        assertThat(findings(result)).containsExactly(
                "2:RELATIONSHIP:HOUSEHOLD_WITHOUT_HEAD", "3:RELATIONSHIP:HOUSEHOLD_WITHOUT_HEAD");
        assertThat(result.household()).isEmpty();
    }

    @Test
    void rejectsASpouseOfTheSameSexAsTheHead() {
        HouseholdRules.Result result = check(aHead(), aMember("配偶", MALE_ADULT_ID, "男"));

        assertThat(findings(result)).containsExactly("3:ID_NUMBER:SPOUSE_SAME_SEX_AS_HEAD");
        assertThat(result.household()).isEmpty();
    }

    @Test
    void rejectsTwoSpouses() {
        assertThat(findings(check(aHead(), aSpouse(), aSpouse().with(ID_NUMBER, "620721198208080065")))).containsExactly(
                "3:RELATIONSHIP:HOUSEHOLD_WITH_SEVERAL_SPOUSES", "4:RELATIONSHIP:HOUSEHOLD_WITH_SEVERAL_SPOUSES");
    }

    @Test
    void requiresTheMainCauseOnTheHeadRow() {
        HouseholdRules.Result result = check(aHead().without(MAIN_CAUSE), aSpouse());

        assertThat(findings(result)).containsExactly("2:MAIN_CAUSE:REQUIRED");
        assertThat(result.household()).isEmpty();
    }

    @Test
    void rejectsAnOtherCauseEqualToTheMainCause() {
        assertThat(findings(check(aHead().with(OTHER_CAUSES, "缺技术、缺资金"))))
                .containsExactly("2:OTHER_CAUSES:OTHER_CAUSE_REPEATS_MAIN");
    }

    @Test
    void rejectsAHouseholdValueOnAnotherRowThatDiffersFromTheHeads() {
        HouseholdRules.Result result = check(aHead(), aSpouse().with(MAIN_CAUSE, "因病"));

        assertThat(findings(result)).containsExactly("3:MAIN_CAUSE:VALUE_DIFFERS_FROM_HEAD");
        assertThat(result.findings().get(0).args()).containsExactly(2, "缺资金");
        assertThat(result.household()).isEmpty();
    }

    @Test
    void acceptsHouseholdValuesRepeatedOnOtherRows() {
        HouseholdRules.Result result = check(aHead(),
                aSpouse().with(MAIN_CAUSE, "缺资金").with(WAGE_INCOME, "8000.00").with(HOUSING_SAFETY, "B"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.household()).isPresent();
    }

    @Test
    void rejectsAMemberFromAnotherVillage() {
        assertThat(findings(check(aHead(), aSpouse().with(VILLAGE_CODE, "620721102202"))))
                .containsExactly("3:VILLAGE_CODE:VILLAGE_DIFFERS_FROM_HEAD");
    }

    @ParameterizedTest(name = "{0} / [{1}] -> {2}")
    @CsvSource(textBlock = """
            已脱贫, 2015, ''
            已脱贫, 2000, ''
            未脱贫, '',   ''
            返贫,   '',   ''
            已脱贫, '',   POVERTY_STATUS:EXIT_YEAR_REQUIRED EXIT_YEAR:EXIT_YEAR_REQUIRED
            未脱贫, 2015, POVERTY_STATUS:EXIT_YEAR_ONLY_WHEN_EXITED EXIT_YEAR:EXIT_YEAR_ONLY_WHEN_EXITED
            返贫,   2014, POVERTY_STATUS:EXIT_YEAR_ONLY_WHEN_EXITED EXIT_YEAR:EXIT_YEAR_ONLY_WHEN_EXITED
            已脱贫, 2016, EXIT_YEAR:EXIT_YEAR_OUT_OF_RANGE
            已脱贫, 1999, EXIT_YEAR:EXIT_YEAR_OUT_OF_RANGE
            """)
    void requiresAnExitYearExactlyWhenExited(String status, String exitYear, String expected) {
        HouseholdRules.Result result = HouseholdRules.check(
                household(aHead().with(POVERTY_STATUS, status).with(EXIT_YEAR, exitYear)), Optional.empty());

        List<String> codes = result.findings().stream().map(f -> f.column() + ":" + f.code()).toList();
        assertThat(codes).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
        assertThat(result.household().isPresent()).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest(name = "{0}, {1}, {2} -> warning {3}")
    @CsvSource(textBlock = """
            620721199007150033, 健康,       初中, true
            620721195601010051, 健康,       初中, true
            620721199912310092, 健康,       初中, true
            620721195512310079, 健康,       初中, false
            620721200001010019, 健康,       初中, false
            620721199007150033, 长期慢性病, 初中, false
            620721199007150033, 健康,       '',   false
            """)
    void warnsAboutAnAbleBodiedAdultWithoutLabour(String id, String health, String education, boolean warned) {
        RegistryRows son = aMember("之子", id, "男").with(HEALTH, health).with(LABOUR_SKILL, "无劳动力")
                .with(EDUCATION, education).with(SCHOOLING, education.isEmpty() ? "高中一年级" : "");

        HouseholdRules.Result result = check(aHead(), son);

        assertThat(findings(result)).isEqualTo(warned ? List.of("3:LABOUR_SKILL:ABLE_BODIED_WITHOUT_LABOUR") : List.of());
        assertThat(result.findings()).noneMatch(Finding::isError);
        assertThat(result.household()).isPresent();
    }

    @ParameterizedTest(name = "{0} house, {1} -> {2}")
    @CsvSource(textBlock = """
            C, 已脱贫, 2015, true
            D, 已脱贫, 2015, true
            B, 已脱贫, 2015, false
            D, 未脱贫, '',   false
            """)
    void warnsAboutAnExitedHouseholdInAnUnsafeHouse(String housing, String status, String exitYear, boolean warned) {
        HouseholdRules.Result result = HouseholdRules.check(household(aHead().with(HOUSING_SAFETY, housing)
                .with(POVERTY_STATUS, status).with(EXIT_YEAR, exitYear)), Optional.empty());

        assertThat(findings(result)).isEqualTo(warned ? List.of("2:HOUSING_SAFETY:UNSAFE_HOUSE_BUT_EXITED") : List.of());
        assertThat(result.household()).isPresent();
    }

    @Test
    void warnsAboutAnExitedHouseholdBelowTheLine() {
        RegistryRows exitedHead = aHead().with(POVERTY_STATUS, "已脱贫").with(EXIT_YEAR, "2015");

        HouseholdRules.Result below = check(exitedHead, aSpouse(), aSchoolChild(), aDaughter());
        HouseholdRules.Result above = check(exitedHead.with(WAGE_INCOME, "9000"), aSpouse(), aSchoolChild(), aDaughter());
        HouseholdRules.Result notExited = check(aHead(), aSpouse(), aSchoolChild(), aDaughter());

        assertThat(findings(below)).containsExactly("2:POVERTY_STATUS:BELOW_LINE_BUT_EXITED");
        assertThat(below.findings().get(0).args()).containsExactly("2800.00", "2855");
        assertThat(below.household()).isPresent();
        assertThat(above.findings()).isEmpty();
        assertThat(notExited.findings()).isEmpty();
    }

    @Test
    void rejectsAHouseholdWhoseMemberRowHadAnError() {
        // The row's own error (ID_CHECK_DIGIT) is reported by MemberParser; the household is not assembled.
        HouseholdRules.Result result = check(aHead(), aSpouse().with(ID_NUMBER, "620721197203020027"));

        assertThat(result.findings()).isEmpty();
        assertThat(result.household()).isEmpty();
    }
}
