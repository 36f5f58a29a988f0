package org.fupin.assets.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A productive asset's income of one year and where it went (yuan, at most two decimals): to households (each
 * share named by the household's id), to the village collective, reinvested. The three parts add up to the income.
 */
public record Distribution(int year, BigDecimal income, BigDecimal toHouseholds, BigDecimal toCollective,
                           BigDecimal reinvested, List<Share> shares) {

    public Distribution {
        shares = List.copyOf(shares);
    }

    /** What one household received. */
    public record Share(long householdId, BigDecimal amount) {}
}
