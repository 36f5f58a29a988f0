package org.fupin.statistics;

import java.util.List;
import java.util.Map;

/**
 * How a region's registered households and persons divide along each dimension of domain.md §7.1 (attribute,
 * identification standard, main cause, housing grade, water, electricity, household size, income relative to the
 * year's line; labour, migrant work, education, schooling, health, ethnicity, sex, age band). Counts always add up
 * to the region's totals within a dimension (except health, where a person may have several conditions).
 */
public record Composition(String region, int year, Map<String, List<Part>> dimensions) {

    /**
     * One value of a dimension: its code, label, and the households (household-level dimensions only; null for
     * person-level ones) and persons that have it.
     */
    public record Part(String code, String label, Long households, long persons) {}
}
