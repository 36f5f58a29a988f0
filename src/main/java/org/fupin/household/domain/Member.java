package org.fupin.household.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person row of the registry template after parsing: typed values (null where blank or invalid), codes
 * instead of labels, and the normalised text of every non-blank cell (for messages and the consistency rule).
 */
public record Member(
        int row, Integer year, String villageCode, String householdNumber, String name, IdNumber idNumber,
        String relationship, Boolean declaredMale, String ethnicity, String education, String schooling,
        List<String> health, String labourSkill, String workStatus, Integer workMonths,
        Boolean medicalInsurance, Boolean pensionInsurance, Boolean employeeMedicalInsurance,
        String schoolingExemption, HouseholdPart household,
        Map<RegistryColumn, String> cells, Set<RegistryColumn> invalid) {

    public static final String HEAD = "01";
    public static final String SPOUSE = "02";

    public boolean isHead() { return HEAD.equals(relationship); }

    public boolean isSpouse() { return SPOUSE.equals(relationship); }

    /** The household columns as typed values; each null where blank or invalid on this row. */
    public record HouseholdPart(
            String phone, String identificationStandard, String attribute, String mainCause,
            List<String> otherCauses, String povertyStatus, Integer exitYear,
            BigDecimal wage, BigDecimal business, BigDecimal property, BigDecimal transfer, BigDecimal expense,
            String housingSafety, Boolean safeWater, Boolean electricity, Map<TransferItem, BigDecimal> transferItems) {

        public HouseholdPart {
            transferItems = transferItems == null ? Map.of() : Map.copyOf(transferItems);
        }
    }

    static Map<RegistryColumn, String> emptyCells() { return new EnumMap<>(RegistryColumn.class); }
}
