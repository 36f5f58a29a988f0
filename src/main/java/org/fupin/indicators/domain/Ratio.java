package org.fupin.indicators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed share: {@code numerator} of {@code denominator} counted units. The percentage is missing (not 0) when
 * nothing was counted, so an empty region never reads as "0 % covered".
 */
public record Ratio(long numerator, long denominator) {

    /** Scale of the stored percentage (four decimals, like attainments). */
    public static final int SCALE = 4;

    public Ratio {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("negative count: " + numerator + " / " + denominator);
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException("numerator above denominator: " + numerator + " / " + denominator);
        }
    }

    /** numerator / denominator × 100, rounded half-up to {@link #SCALE} decimals; empty when the denominator is 0. */
    public Optional<BigDecimal> percent() {
        if (denominator == 0) return Optional.empty();
        return Optional.of(BigDecimal.valueOf(numerator).multiply(AttainmentCalculator.HUNDRED)
                .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP));
    }

    /** The outcome for one indicator: the method, what it counted, and the percentage if there was anything. */
    public record Computed(String indicatorCode, ComputationMethod method, Ratio ratio) {
        public Computed {
            Objects.requireNonNull(indicatorCode, "indicatorCode");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(ratio, "ratio");
        }

        public Optional<BigDecimal> value() { return ratio.percent(); }
    }
}
