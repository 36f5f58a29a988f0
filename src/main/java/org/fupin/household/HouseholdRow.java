package org.fupin.household;

import java.math.BigDecimal;

/** One line of a household list: the household-year with its 户主 and status label. */
public record HouseholdRow(long id, int year, String householdNumber, String villageCode, String headName,
                           int members, String povertyStatus, String povertyStatusLabel, String mainCauseLabel,
                           BigDecimal netIncomePerCapita) {
}
