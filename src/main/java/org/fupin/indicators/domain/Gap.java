package org.fupin.indicators.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one indicator below target costs the total: {@code loss} is the percentage points of the total lost to it,
 * weight × (100 − attainment) / Σ weights (over the indicators in the total), scale 4; {@code attainment} is its Z in
 * percent, scale 4 (indicators-and-scale.md §1.3). The total plus all losses is 100 (up to rounding).
 */
public record Gap(Indicator indicator, BigDecimal attainment, BigDecimal loss) {

    public Gap {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(loss, "loss");
    }
}
