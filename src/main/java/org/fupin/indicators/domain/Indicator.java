package org.fupin.indicators.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator of a monitoring set (indicators-and-scale.md §1.2), as data so that provinces can use their own
 * tables. {@code weight} is in points of the set's total (e.g. 4.0 of 100) — or, for a sub-indicator of a
 * {@link Direction#COMPOSITE} ({@code parentCode} non-null), relative within its parent. {@code target} is the
 * standard value S for {@link Direction#POSITIVE} and {@link Direction#NEGATIVE} (and, optionally, the index target
 * of a composite, 100 when null); {@code lower}/{@code upper} are the target interval [a, b] and
 * {@code lowerLimit}/{@code upperLimit} the allowed limits L &lt; a and U &gt; b of an {@link Direction#INTERVAL}
 * indicator (a missing limit means "nothing outside the interval counts"). All values are in {@code unit}.
 * {@code verified} says whether weight and target come from a source (false for rows marked [U]).
 * Fields not used by a direction may be null.
 */
public record Indicator(String code, String area, String name, String unit, BigDecimal weight, Direction direction,
                        BigDecimal target, BigDecimal lower, BigDecimal upper, BigDecimal lowerLimit,
                        BigDecimal upperLimit, String parentCode, boolean verified) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight of " + code);
        Objects.requireNonNull(direction, "direction of " + code);
        if (weight.signum() < 0) throw new IllegalArgumentException("negative weight of " + code + ": " + weight);
        if ((direction == Direction.POSITIVE || direction == Direction.NEGATIVE) && target == null) {
            throw new IllegalArgumentException("no target for " + direction + " indicator " + code);
        }
        if (direction == Direction.INTERVAL) checkInterval(code, lower, upper, lowerLimit, upperLimit);
    }

    private static void checkInterval(String code, BigDecimal a, BigDecimal b, BigDecimal l, BigDecimal u) {
        if (a == null || b == null) throw new IllegalArgumentException("no target interval for " + code);
        if (a.compareTo(b) > 0) throw new IllegalArgumentException("interval lower > upper for " + code);
        if (l != null && l.compareTo(a) >= 0) throw new IllegalArgumentException("lower limit not below a for " + code);
        if (u != null && u.compareTo(b) <= 0) throw new IllegalArgumentException("upper limit not above b for " + code);
    }

    /** Whether this is a top-level indicator of its set (not a sub-indicator of a composite). */
    public boolean isTopLevel() { return parentCode == null; }
}
