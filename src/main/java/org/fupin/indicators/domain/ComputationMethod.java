package org.fupin.indicators.domain;

/**
 * The named ways an indicator value is computed from the registry and the village facilities (ADR 0020). Which
 * indicator of which set uses which method is data (table {@code indicator_computation}); each method counts one
 * kind of unit, which pages name next to the numbers ("1,234 / 1,300 persons").
 */
public enum ComputationMethod {

    /** Registered persons with basic medical insurance and, if aged {@code ageFrom}+ and not in school, pension. */
    REGISTRY_BASIC_INSURANCE(Unit.PERSONS),
    /** Registered persons with basic medical insurance / registered persons. */
    REGISTRY_MEDICAL_INSURANCE(Unit.PERSONS),
    /** Registered persons aged {@code ageFrom}+ not in school with basic pension insurance / those persons. */
    REGISTRY_PENSION_INSURANCE(Unit.PERSONS),
    /** Registered persons aged {@code ageFrom}..{@code ageTo} at 31 December who are in school / those persons. */
    REGISTRY_SCHOOL_ATTENDANCE(Unit.PERSONS),
    /** Households with tap water (facility rows; whole village when coverage is not given) / village households. */
    FACILITY_TAP_WATER_HOUSEHOLDS(Unit.HOUSEHOLDS),
    /** Villages with a clinic that meets the standard and a qualified village doctor / villages. */
    FACILITY_STANDARD_CLINIC_VILLAGES(Unit.VILLAGES),
    /** Villages with at least one facility of the mapped type / villages. */
    FACILITY_VILLAGE_SHARE(Unit.VILLAGES);

    /** What the numerator and the denominator count. */
    public enum Unit { PERSONS, HOUSEHOLDS, VILLAGES }

    private final Unit unit;

    ComputationMethod(Unit unit) { this.unit = unit; }

    public Unit unit() { return unit; }
}
