package org.fupin.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages of counts, compared exactly: 3 of 100 is 3.00% and is not below 3.00%, and 2999 of 100000 is below 3%
 * although it prints as 3.00%. Display values are rounded half-up to 0.01 percentage points.
 */
public final class Rates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {}

    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) throw new IllegalArgumentException("A rate needs a positive base");
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** part / whole < limit% exactly. */
    public static boolean below(long part, long whole, BigDecimal limitPercent) {
        return compare(part, whole, limitPercent) < 0;
    }

    /** part / whole ≤ limit% exactly. */
    public static boolean atMost(long part, long whole, BigDecimal limitPercent) {
        return compare(part, whole, limitPercent) <= 0;
    }

    /** part / whole ≥ limit% exactly. */
    public static boolean atLeast(long part, long whole, BigDecimal limitPercent) {
        return compare(part, whole, limitPercent) >= 0;
    }

    private static int compare(long part, long whole, BigDecimal limitPercent) {
        if (whole <= 0) throw new IllegalArgumentException("A rate needs a positive base");
        return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(limitPercent.multiply(BigDecimal.valueOf(whole)));
    }
}
