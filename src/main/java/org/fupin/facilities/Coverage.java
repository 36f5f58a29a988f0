package org.fupin.facilities;

import java.util.List;

/**
 * A region's facility coverage in one year. {@code villages} are its rural village-level units (行政村: urban-rural
 * code 2xx or unknown); {@code reported} those with a facility list for the year; per type, the reported villages
 * that have it, that meet the standard, the households covered, and the reported villages lacking it (by name).
 * Villages that reported nothing are listed once in {@code notReported}, not as lacking every facility.
 */
public record Coverage(String region, int year, int villages, int reported, List<TypeCoverage> types,
                       List<Village> notReported) {

    public record Village(String code, String name) {}

    public record TypeCoverage(String type, String label, int villagesWith, int villagesMeetingStandard,
                               long householdsCovered, List<Village> lacking) {}
}
