package org.fupin.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fupin.kernel.Check;

/**
 * How a province (or county) sets its monitoring range for a year (domain.md §5.3): a fixed amount, a multiple of
 * the applicable poverty line, or a multiple of the annual 农村低保 standard (monthly standard × 12).
 *
 * @param basis  AMOUNT, POVERTY_LINE or DIBAO_MONTHLY
 * @param value  the amount (AMOUNT) or the factor (the two others)
 */
public record RangeRule(Basis basis, BigDecimal value) {

    public enum Basis { AMOUNT, POVERTY_LINE, DIBAO_MONTHLY }

    public RangeRule {
        if (basis == null || value == null || value.signum() <= 0) {
            throw new IllegalArgumentException("A range rule has a basis and a positive value");
        }
    }

    /**
     * The threshold in yuan per person per year, with a check RANGE_THRESHOLD naming the basis, the inputs and the
     * result (e.g. 815 × 12 × 2 = 19560.00). A missing input the basis needs is an error, never a default.
     */
    public Check threshold(BigDecimal povertyLine, BigDecimal monthlyDibao) {
        return switch (basis) {
            case AMOUNT -> Check.of("RANGE_THRESHOLD", true, basis, yuan(value));
            case POVERTY_LINE -> {
                require(povertyLine, "poverty line");
                yield Check.of("RANGE_THRESHOLD", true, basis, yuan(povertyLine.multiply(value)), povertyLine, value);
            }
            case DIBAO_MONTHLY -> {
                require(monthlyDibao, "monthly dibao standard");
                BigDecimal annual = monthlyDibao.multiply(BigDecimal.valueOf(12));
                yield Check.of("RANGE_THRESHOLD", true, basis, yuan(annual.multiply(value)), monthlyDibao, value);
            }
        };
    }

    /** The threshold amount alone. */
    public BigDecimal amount(BigDecimal povertyLine, BigDecimal monthlyDibao) {
        return (BigDecimal) threshold(povertyLine, monthlyDibao).numbers().get(1);
    }

    static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static void require(BigDecimal input, String what) {
        if (input == null) throw new IllegalArgumentException("The range rule needs the " + what);
    }
}
