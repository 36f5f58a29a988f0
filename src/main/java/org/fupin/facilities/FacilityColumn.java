package org.fupin.facilities;

/**
 * Columns of the village facility table (docs/facility-templates.md); header texts under {@code facilities.<NAME>}.
 * VILLAGE_CODE, TYPE and COUNT are required; YEAR, when present, must equal the year the import is run for.
 */
enum FacilityColumn { YEAR, VILLAGE_CODE, VILLAGE_NAME, TYPE, COUNT, MEETS_STANDARD, HOUSEHOLDS_COVERED, SOURCE }
