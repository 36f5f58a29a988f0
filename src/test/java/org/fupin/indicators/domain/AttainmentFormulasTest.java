package org.fupin.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupin.indicators.domain.TestIndicators.*;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One indicator's attainment Z per direction (indicators-and-scale.md §1.3), percent at scale 4. */
class AttainmentFormulasTest {

    @ParameterizedTest(name = "positive S={0}, X={1} -> {2}")
    @CsvSource({
            "57000, 28500,   50.0000",
            "57000, 57000,  100.0000",
            "57000, 57001,  100.0000",
            "50,    60,     100.0000",
            "3,     1,       33.3333",
            "3,     2,       66.6667",
            "47,    0,        0.0000",
            "47,    -5,       0.0000",
            "0,     0,      100.0000",
            "0,     -1,       0.0000",
            "-2,    -1,     100.0000",
            "-2,    -3,       0.0000",
    })
    void scoresAPositiveIndicatorAsTheRatioToTargetCappedAtHundred(String target, String actual, String expected) {
        assertThat(AttainmentCalculator.attainment(positive("1", "经济发展", "4.0", target), dec(actual)))
                .isEqualByComparingTo(expected).hasScaleOf(4);
    }

    @ParameterizedTest(name = "negative S={0}, X={1} -> {2}")
    @CsvSource({
            "40,  50,   80.0000",
            "40,  40,  100.0000",
            "40,  30,  100.0000",
            "40,  0,   100.0000",
            "40,  -3,  100.0000",
            "0.6, 0.9,  66.6667",
            "0,   0,   100.0000",
            "0,   5,     0.0000",
            "-1,  0,   100.0000",
            "-1,  2,     0.0000",
    })
    void scoresANegativeIndicatorAsTargetOverActualWhenAboveTarget(String target, String actual, String expected) {
        assertThat(AttainmentCalculator.attainment(negative("22", "人民生活", "2.0", target), dec(actual)))
                .isEqualByComparingTo(expected).hasScaleOf(4);
    }

    @ParameterizedTest(name = "interval [1,3,6,10] X={0} -> {1}")
    @CsvSource({
            "3,    100.0000",
            "4.5,  100.0000",
            "6,    100.0000",
            "2,     50.0000",
            "1,      0.0000",
            "0.5,    0.0000",
            "7,     75.0000",
            "10,     0.0000",
            "12,     0.0000",
            "2.9,   95.0000",
            "-4,     0.0000",
    })
    void scoresAnIntervalIndicatorFullInsideAndLinearlyDownToTheAllowedLimits(String actual, String expected) {
        Indicator unemployment = interval("21", "2.0", "1", "3", "6", "10");
        assertThat(AttainmentCalculator.attainment(unemployment, dec(actual))).isEqualByComparingTo(expected).hasScaleOf(4);
    }

    @ParameterizedTest(name = "interval without limits X={0} -> {1}")
    @CsvSource({"2.99, 0.0000", "3, 100.0000", "6, 100.0000", "6.01, 0.0000"})
    void scoresNothingOutsideAnIntervalWhoseLimitsAreMissing(String actual, String expected) {
        Indicator gini = interval("23", "1.5", null, "3", "6", null);
        assertThat(AttainmentCalculator.attainment(gini, dec(actual))).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "composite index X={0} -> {1}")
    @CsvSource({"87.5, 87.5000", "100, 100.0000", "130, 100.0000", "-1, 0.0000"})
    void scoresACompositeGivenDirectlyAsAnIndexAgainstItsTarget(String actual, String expected) {
        assertThat(AttainmentCalculator.attainment(composite("12", "民主法制", "4.0"), dec(actual)))
                .isEqualByComparingTo(expected);
    }

    @Test
    void roundsHalfUpToFourDecimals() {
        // 2/3 × 100 = 66.66666… → 66.6667; 1/8 × 100 = 12.5 → 12.5000
        assertThat(AttainmentCalculator.attainment(positive("x", "a", "1", "3"), dec("2"))).isEqualTo(dec("66.6667"));
        assertThat(AttainmentCalculator.attainment(positive("x", "a", "1", "8"), dec("1"))).isEqualTo(dec("12.5000"));
    }

    @Test
    void hasNoAttainmentWhenTheActualValueIsMissing() {
        assertThat(AttainmentCalculator.attainment(positive("1", "经济发展", "4.0", "57000"), null)).isNull();
        assertThat(AttainmentCalculator.attainment(negative("22", "人民生活", "2.0", "40"), null)).isNull();
        assertThat(AttainmentCalculator.attainment(interval("21", "2", "1", "3", "6", "10"), null)).isNull();
    }

    @Test
    void refusesIndicatorsThatCannotBeScored() {
        assertThatThrownBy(() -> positive("1", "a", "1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> positive("1", "a", "-1", "5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> interval("21", "1", "1", "6", "3", "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> interval("21", "1", "3", "3", "6", "10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> interval("21", "1", "1", "3", "6", "6")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Indicator("1", "a", "n", "u", BigDecimal.ONE, null, BigDecimal.TEN, null, null,
                null, null, null, true)).isInstanceOf(NullPointerException.class);
    }
}
