package org.fupin.identification.domain;

import java.math.BigDecimal;
import org.fupin.kernel.Check;

/**
 * Income against the poverty line. Identification uses 低于 (strictly below); exit uses 稳定超过 (strictly above):
 * a per-capita income exactly equal to the line is neither eligible nor exited (domain.md §10, design decision).
 */
public final class IncomeRule {

    public static final String BELOW_LINE = "INCOME_BELOW_LINE";
    public static final String ABOVE_LINE = "INCOME_ABOVE_LINE";
    public static final String YEAR_MISSING = "INCOME_YEAR_MISSING";

    private IncomeRule() {}

    /** Numbers: per-capita income, line, year. */
    public static Check below(int year, BigDecimal perCapita, BigDecimal line) {
        return Check.of(BELOW_LINE, perCapita.compareTo(line) < 0, perCapita, line, year);
    }

    /** Numbers: per-capita income, line, year. A missing income or line fails as {@code INCOME_YEAR_MISSING}. */
    public static Check above(int year, BigDecimal perCapita, BigDecimal line) {
        if (perCapita == null || line == null) return Check.of(YEAR_MISSING, false, year);
        return Check.of(ABOVE_LINE, perCapita.compareTo(line) > 0, perCapita, line, year);
    }
}
