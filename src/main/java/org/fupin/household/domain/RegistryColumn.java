package org.fupin.household.domain;

/**
 * The columns of the 贫困人口信息表 template (import-templates.md §3). The header text of each column is data,
 * kept in {@code import-templates.properties} under {@code registry.<NAME>}.
 */
public enum RegistryColumn {
    YEAR(true, false), VILLAGE_CODE(true, false), HOUSEHOLD_NUMBER(true, false), NAME(true, false),
    ID_NUMBER(true, false), RELATIONSHIP(true, false), SEX(false, false), ETHNICITY(true, false),
    EDUCATION(false, false), SCHOOLING(false, false), HEALTH(true, false), LABOUR_SKILL(true, false),
    WORK_STATUS(false, false), WORK_MONTHS(false, false), MEDICAL_INSURANCE(true, false),
    PENSION_INSURANCE(true, false), EMPLOYEE_MEDICAL_INSURANCE(false, false), SCHOOLING_EXEMPTION(false, false),
    PHONE(false, true), IDENTIFICATION_STANDARD(true, true), ATTRIBUTE(true, true), MAIN_CAUSE(true, true),
    OTHER_CAUSES(false, true), POVERTY_STATUS(true, true), EXIT_YEAR(false, true), WAGE_INCOME(true, true),
    BUSINESS_INCOME(true, true), PROPERTY_INCOME(true, true), TRANSFER_INCOME(true, true),
    TRANSFER_PENSION(false, true), TRANSFER_DIBAO(false, true), TRANSFER_SUPPORT(false, true),
    TRANSFER_ECOLOGICAL(false, true), TRANSFER_OTHER_POLICY(false, true), TRANSFER_OTHER(false, true),
    BUSINESS_EXPENSE(true, true), HOUSING_SAFETY(true, true), SAFE_WATER(true, true), ELECTRICITY(true, true);

    private final boolean required;
    private final boolean householdLevel;

    RegistryColumn(boolean required, boolean householdLevel) {
        this.required = required;
        this.householdLevel = householdLevel;
    }

    /** A column whose header must be present; for household columns the value is required on the 户主 row. */
    public boolean isRequired() { return required; }

    /** Read from the 户主 row; on other rows blank or equal to it. */
    public boolean isHouseholdLevel() { return householdLevel; }

    /**
     * An optional column Fupin adds to the national template (other basic medical insurance, schooling exemption,
     * items of 转移性收入): a file without them is the national template and imports as before.
     */
    public boolean isExtension() {
        return this == EMPLOYEE_MEDICAL_INSURANCE || this == SCHOOLING_EXEMPTION || name().startsWith("TRANSFER_")
                && this != TRANSFER_INCOME;
    }

    /**
     * Set only by a procedure (identification with 两公示一公告, exit, removal, a natural change) or by the yearly
     * registry import: 脱贫状态, 脱贫年度, 识别标准 and 贫困户属性. No form or REST edit changes them.
     */
    public boolean isProcedural() {
        return this == POVERTY_STATUS || this == EXIT_YEAR || this == IDENTIFICATION_STANDARD || this == ATTRIBUTE;
    }
}
