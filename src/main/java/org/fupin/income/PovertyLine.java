package org.fupin.income;

import java.math.BigDecimal;

/**
 * The rural poverty line of one year and standard (国家标准, 省定标准, 市定标准), in yuan per person per year at
 * current prices. Lines are data (table {@code poverty_line}), never constants.
 */
public record PovertyLine(int year, String standard, BigDecimal amount) {

    /** Identification uses 低于 ("below"): a per-capita income equal to the line is not below it (domain.md §10). */
    public boolean isBelow(BigDecimal netIncomePerCapita) {
        return netIncomePerCapita.compareTo(amount) < 0;
    }
}
