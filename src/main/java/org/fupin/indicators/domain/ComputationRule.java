package org.fupin.indicators.domain;

import java.util.Objects;

/**
 * One row of the mapping table: this indicator of a set is computed by {@code method}, with the method's parameters
 * (a facility type for village shares; an age range for registry methods). {@code note} describes numerator and
 * denominator in words (seed data, Chinese).
 */
public record ComputationRule(String indicatorCode, ComputationMethod method, String facilityType, Integer ageFrom,
                              Integer ageTo, String note) {

    public ComputationRule {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(method, "method of " + indicatorCode);
    }
}
