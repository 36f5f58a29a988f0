package org.fupin.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Computed shares: numerator of denominator in percent at scale 4, missing (not 0) when nothing was counted. */
class RatioTest {

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource(nullValues = "missing", value = {
            "1234, 1300, 94.9231",
            "376,  728,  51.6484",
            "2,    5,    40.0000",
            "0,    5,    0.0000",
            "5,    5,    100.0000",
            "1,    3,    33.3333",
            "2,    3,    66.6667",
            "0,    0,    missing"})
    void computesThePercentageOrReportsItMissing(long numerator, long denominator, String expected) {
        Ratio ratio = new Ratio(numerator, denominator);

        if (expected == null) assertThat(ratio.percent()).isEmpty();
        else assertThat(ratio.percent()).contains(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} / {1} is refused")
    @CsvSource({"-1, 5", "1, -5", "6, 5", "1, 0"})
    void refusesNegativeCountsAndANumeratorAboveItsDenominator(long numerator, long denominator) {
        assertThatThrownBy(() -> new Ratio(numerator, denominator)).isInstanceOf(IllegalArgumentException.class);
    }
}
