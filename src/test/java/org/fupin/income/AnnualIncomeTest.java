package org.fupin.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 家庭纯收入 and 人均纯收入 (domain.md §1.5) against the poverty line (§3.1), worked cases T1 and T2. */
class AnnualIncomeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            T1 2015 four members,  8000, 4000,   0, 1200, 2000, 4, 11200.00, 2800.00, 2015, 2855, true
            T2 2013 three members, 6000, 3000, 200,  600, 1500, 3,  8300.00, 2766.67, 2013, 2736, false
            per capita equal to the line, 11420, 0, 0, 0, 0, 4, 11420.00, 2855.00, 2015, 2855, false
            """)
    void computesNetIncomeAndComparesItWithTheYearsLine(String description, String wage, String business,
            String property, String transfer, String expense, int members, BigDecimal net, BigDecimal perCapita,
            int year, BigDecimal lineAmount, boolean below) {
        AnnualIncome income = AnnualIncome.of(wage, business, property, transfer, expense);
        PovertyLine line = new PovertyLine(year, PovertyLines.NATIONAL, lineAmount);

        assertThat(income.netIncome()).isEqualTo(net);
        assertThat(income.netIncomePerCapita(members)).isEqualTo(perCapita);
        assertThat(line.isBelow(income.netIncomePerCapita(members))).isEqualTo(below);
    }

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource(textBlock = """
            100.00,  3,  33.33
            200.00,  3,  66.67
            0.05,    2,   0.03
            0.01,    4,   0.00
            -1000,   3, -333.33
            -0.05,   2,  -0.03
            """)
    void roundsPerCapitaHalfUpToTheFen(String wage, int members, BigDecimal expected) {
        // A negative wage is not valid input; it stands here for a net income below zero.
        assertThat(AnnualIncome.of(wage, "0", "0", "0", "0").netIncomePerCapita(members)).isEqualTo(expected);
    }

    @Test
    void allowsANegativeNetIncomeWhenCostsExceedIncome() {
        AnnualIncome income = AnnualIncome.of("1000", "500", "0", "0", "4500.50");

        assertThat(income.netIncome()).isEqualTo(new BigDecimal("-3000.50"));
        assertThat(income.netIncomePerCapita(2)).isEqualTo(new BigDecimal("-1500.25"));
        assertThat(new PovertyLine(2015, PovertyLines.NATIONAL, new BigDecimal("2855"))
                .isBelow(income.netIncomePerCapita(2))).isTrue();
    }

    @Test
    void keepsNetIncomeExactAtScaleTwo() {
        assertThat(AnnualIncome.of("0.10", "0.20", "0", "0", "0").netIncome()).isEqualTo(new BigDecimal("0.30"));
        assertThat(AnnualIncome.of("8000", "0", "0", "0", "0").netIncome().scale()).isEqualTo(2);
    }

    @Test
    void refusesAHouseholdWithoutMembers() {
        AnnualIncome income = AnnualIncome.of("1", "0", "0", "0", "0");

        assertThatThrownBy(() -> income.netIncomePerCapita(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> income.netIncomePerCapita(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingComponent() {
        assertThatThrownBy(() -> new AnnualIncome(BigDecimal.ONE, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(NullPointerException.class);
    }
}
