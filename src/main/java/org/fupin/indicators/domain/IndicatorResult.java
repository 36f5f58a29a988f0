package org.fupin.indicators.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator's outcome. {@code actual} is the value entered (in the indicator's unit), null when missing or for
 * a composite computed from its sub-indicators; {@code attainment} is the 实现程度 Z in percent 0–100 at scale 4
 * (indicators-and-scale.md §1.3), null when missing.
 */
public record IndicatorResult(Indicator indicator, BigDecimal actual, BigDecimal attainment) {

    public IndicatorResult {
        Objects.requireNonNull(indicator, "indicator");
    }

    /** Whether the indicator met or exceeded its target (Z = 100). */
    public boolean atTarget() { return attainment != null && attainment.compareTo(AttainmentCalculator.HUNDRED) == 0; }
}
