package org.fupin.household.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.household.domain.RegistryColumn.*;
import static org.fupin.household.domain.RegistryRows.aHead;
import static org.fupin.household.domain.RegistryRows.aSchoolChild;
import static org.fupin.household.domain.RegistryRows.aSpouse;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The person-row rules of the 贫困人口信息表 (import-templates.md §3; worked cases T19 and T25). */
class MemberParserTest {

    /** Each finding as COLUMN:CODE. */
    private static List<String> findings(RegistryRows row) {
        return row.parse(7).findings().stream().map(f -> f.column() + ":" + f.code()).toList();
    }

    @Test
    void readsAValidHeadRowIntoCodesAndTypedValues() {
        MemberParser.Result result = aHead().parse(7);
        Member m = result.member();

        assertThat(result.findings()).isEmpty();
        assertThat(m.row()).isEqualTo(7);
        assertThat(m.year()).isEqualTo(2015);
        assertThat(m.isHead()).isTrue();
        assertThat(m.declaredMale()).isTrue();
        assertThat(m.idNumber().value()).isEqualTo(RegistryRows.HEAD_ID);
        assertThat(m.ethnicity()).isEqualTo("01");
        assertThat(m.education()).isEqualTo("3");
        assertThat(m.schooling()).isNull();
        assertThat(m.health()).containsExactly("1");
        assertThat(m.workStatus()).isEqualTo("4");
        assertThat(m.workMonths()).isEqualTo(6);
        assertThat(m.household().mainCause()).isEqualTo("9");
        assertThat(m.household().otherCauses()).containsExactly("7");
        assertThat(m.household().povertyStatus()).isEqualTo("0");
        assertThat(m.household().wage()).isEqualTo(new BigDecimal("8000.00"));
        assertThat(m.household().safeWater()).isTrue();
    }

    @Test
    void acceptsOtherMembersWithBlankHouseholdColumns() {
        assertThat(aSpouse().parse(3).findings()).isEmpty();
        assertThat(aSchoolChild().parse(4).findings()).isEmpty();
        assertThat(aSchoolChild().parse(4).member().schooling()).isEqualTo("02");
    }

    @Test
    void rejectsBothEducationAndSchoolingOnBothColumns() {
        assertThat(findings(aHead().with(EDUCATION, "初中").with(SCHOOLING, "九年级")))
                .containsExactly("EDUCATION:EDUCATION_AND_SCHOOLING_BOTH", "SCHOOLING:EDUCATION_AND_SCHOOLING_BOTH");
    }

    @Test
    void rejectsNeitherEducationNorSchoolingOnBothColumns() {
        assertThat(findings(aHead().without(EDUCATION).without(SCHOOLING)))
                .containsExactly("EDUCATION:EDUCATION_OR_SCHOOLING_MISSING", "SCHOOLING:EDUCATION_OR_SCHOOLING_MISSING");
    }

    @Test
    void rejectsMoreThanTwoOtherCauses() {
        assertThat(findings(aHead().with(OTHER_CAUSES, "缺技术、缺劳力、因灾")))
                .containsExactly("OTHER_CAUSES:TOO_MANY_OTHER_CAUSES");
        assertThat(findings(aHead().with(OTHER_CAUSES, "缺技术、缺劳力"))).isEmpty();
        assertThat(findings(aHead().with(OTHER_CAUSES, "缺技术，缺劳力"))).isEmpty();
    }

    @Test
    void leavesAnEmptyMainCauseToTheHouseholdRules() {
        // REQUIRED for a household column is reported by HouseholdRules on the 户主 row only.
        assertThat(findings(aHead().without(MAIN_CAUSE))).isEmpty();
        assertThat(findings(aHead().without(NAME))).containsExactly("NAME:REQUIRED");
    }

    @ParameterizedTest(name = "务工状况 [{0}], 务工时间 [{1}] -> {2}")
    @CsvSource(textBlock = """
            省外务工, 6,  ''
            '',       '', ''
            '',       0,  ''
            省外务工, '', WORK_MONTHS:WORK_MONTHS_REQUIRED_WITH_STATUS
            省外务工, 0,  WORK_MONTHS:WORK_MONTHS_REQUIRED_WITH_STATUS
            '',       3,  WORK_STATUS:WORK_STATUS_REQUIRED_WITH_MONTHS
            省外务工, 13, WORK_MONTHS:OUT_OF_RANGE
            省外务工, 一, WORK_MONTHS:NOT_AN_INTEGER
            """)
    void requiresWorkStatusExactlyWhenWorkMonthsArePositive(String status, String months, String expected) {
        List<String> found = findings(aHead().with(WORK_STATUS, status).with(WORK_MONTHS, months));

        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(textBlock = """
            0,           0.00,        ''
            1234.5,      1234.50,     ''
            '1,234.56',  1234.56,     ''
            ８０００,     8000.00,     ''
            10000000,    10000000.00, ''
            100.005,     ,            AMOUNT_TOO_PRECISE
            -1,          ,            AMOUNT_OUT_OF_RANGE
            10000000.01, ,            AMOUNT_OUT_OF_RANGE
            一千,         ,            NOT_AN_AMOUNT
            1.,          ,            NOT_AN_AMOUNT
            """)
    void readsMoneyWithAtMostTwoDecimalsBetweenZeroAndTenMillion(String raw, BigDecimal expected, String problem) {
        MemberParser.Result result = aHead().with(WAGE_INCOME, raw).parse(7);

        assertThat(result.member().household().wage()).isEqualTo(expected);
        assertThat(result.findings()).extracting(f -> f.column() + ":" + f.code())
                .isEqualTo(problem.isEmpty() ? List.of() : List.of("WAGE_INCOME:" + problem));
    }

    @Test
    void normalisesALowerCaseXInTheIdNumber() {
        MemberParser.Result result = aHead().with(ID_NUMBER, "11010519491231002x").with(SEX, "女").parse(7);

        assertThat(result.findings()).isEmpty();
        assertThat(result.member().idNumber().value()).isEqualTo("11010519491231002X");
    }

    @Test
    void reportsTheIdNumberProblemAsAStableCode() {
        assertThat(findings(aHead().with(ID_NUMBER, "110105194912310021"))).containsExactly("ID_NUMBER:ID_CHECK_DIGIT");
        assertThat(findings(aHead().with(ID_NUMBER, "620721201601010017")))
                .containsExactly("ID_NUMBER:ID_BIRTH_DATE_RANGE");
    }

    @Test
    void rejectsADeclaredSexThatDisagreesWithTheIdNumber() {
        assertThat(findings(aHead().with(SEX, "女"))).containsExactly("SEX:SEX_DISAGREES_WITH_ID");
        assertThat(findings(aHead().without(SEX))).isEmpty();
    }

    @Test
    void acceptsAnEthnicityWithoutZuAndRejectsAnUnknownOne() {
        assertThat(aHead().with(ETHNICITY, "回").parse(7).member().ethnicity()).isEqualTo("03");
        assertThat(findings(aHead().with(ETHNICITY, "火星族"))).containsExactly("ETHNICITY:UNKNOWN_CODE");
    }

    @Test
    void letsHealthyStandAloneButCombinesTheOtherConditions() {
        assertThat(aHead().with(HEALTH, "长期慢性病、残疾").parse(7).member().health()).containsExactly("2", "4");
        assertThat(findings(aHead().with(HEALTH, "健康、残疾"))).containsExactly("HEALTH:HEALTHY_STANDS_ALONE");
        assertThat(findings(aHead().with(HEALTH, "残疾、残疾"))).containsExactly("HEALTH:REPEATED_CODE");
    }

    @Test
    void rejectsAnOutOfRangeYearAndANonVillageCode() {
        assertThat(findings(aHead().with(YEAR, "2012"))).containsExactly("YEAR:OUT_OF_RANGE");
        assertThat(findings(aHead().with(VILLAGE_CODE, "620721102000"))).containsExactly("VILLAGE_CODE:NOT_A_VILLAGE_CODE");
        assertThat(findings(aHead().with(PHONE, "0931123456"))).containsExactly("PHONE:PHONE_FORMAT");
    }
}
