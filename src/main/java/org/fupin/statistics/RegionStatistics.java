package org.fupin.statistics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The registry's figures for one region and year, computed from the household records.
 * Money in yuan and percentages are rounded half-up to 2 decimals; a ratio without a denominator is null.
 */
public record RegionStatistics(String region, int year, long households, long persons, long poorHouseholds,
                               long poorPersons, long exitedHouseholds, long exitedPersons, long returnedHouseholds,
                               long ruralPopulation, BigDecimal incidencePercent, BigDecimal netIncomePerCapita,
                               BigDecimal poorNetIncomePerCapita, Map<String, Long> poorHouseholdsByMainCause) {
}
