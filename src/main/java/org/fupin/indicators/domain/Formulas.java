package org.fupin.indicators.domain;

import static org.fupin.indicators.domain.AttainmentCalculator.HUNDRED;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The per-direction scoring formulas of indicators-and-scale.md §1.3. Each returns Z in percent, unrounded
 * (intermediate division at {@link MathContext#DECIMAL64}); the caller clamps to [0, 100] and rounds to scale 4.
 */
final class Formulas {

    static final MathContext MC = MathContext.DECIMAL64;

    private Formulas() {}

    /** Positive: Z = min(X / S, 1) × 100; X ≤ 0 → 0; guard S ≤ 0 → 100 if X ≥ S, else 0. */
    static BigDecimal positive(BigDecimal x, BigDecimal s) {
        if (s.signum() <= 0) return x.compareTo(s) >= 0 ? HUNDRED : BigDecimal.ZERO;
        if (x.signum() <= 0) return BigDecimal.ZERO;
        return percent(x, s);
    }

    /** Negative: Z = 100 if X ≤ S, else S / X × 100; guard X = 0 → 100 (and S ≤ 0 &lt; X → 0 after clamping). */
    static BigDecimal negative(BigDecimal x, BigDecimal s) {
        if (x.compareTo(s) <= 0 || x.signum() == 0) return HUNDRED;
        return percent(s, x);
    }

    /**
     * Interval [a, b] with allowed limits L &lt; a, U &gt; b: 100 inside [a, b]; (X − L) / (a − L) × 100 for
     * L ≤ X &lt; a; (U − X) / (U − b) × 100 for b &lt; X ≤ U; 0 outside [L, U] (or beyond a missing limit).
     */
    static BigDecimal interval(BigDecimal x, Indicator indicator) {
        BigDecimal a = indicator.lower();
        BigDecimal b = indicator.upper();
        if (x.compareTo(a) < 0) {
            BigDecimal l = indicator.lowerLimit();
            return l == null || x.compareTo(l) < 0 ? BigDecimal.ZERO : percent(x.subtract(l), a.subtract(l));
        }
        if (x.compareTo(b) > 0) {
            BigDecimal u = indicator.upperLimit();
            return u == null || x.compareTo(u) > 0 ? BigDecimal.ZERO : percent(u.subtract(x), u.subtract(b));
        }
        return HUNDRED;
    }

    /** numerator / denominator × 100 at DECIMAL64; the denominator must not be zero. */
    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, MC);
    }

    /** Clamps Z to [0, 100] and rounds to scale 4 (HALF_UP). */
    static BigDecimal clampAndScale(BigDecimal z) {
        BigDecimal clamped = z.max(BigDecimal.ZERO).min(HUNDRED);
        return clamped.setScale(AttainmentCalculator.SCALE, RoundingMode.HALF_UP);
    }
}
