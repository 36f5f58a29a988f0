package org.fupin.comparison.domain;

/**
 * A column of an external list template (docs/comparison-templates.md). Header texts are in the message bundle
 * {@code comparison} under {@code comparison.column.<NAME>}; which columns a list has, and what each means, is
 * declared by its {@link ListType}.
 */
public enum ListColumn {
    ID_NUMBER, NAME,
    VEHICLE_TYPE, PURCHASE_PRICE, PURCHASE_DATE, PLATE,
    PROPERTY_TYPE, ACQUISITION, AREA, REGISTERED_ON, LOCATION,
    COMPANY_NAME, COMPANY_ROLE, COMPANY_STATUS,
    EMPLOYER, STAFF_TYPE,
    DEATH_DATE,
    ASSISTANCE_KIND, MONTHLY_AMOUNT, START_DATE,
    OUT_OF_POCKET, TREATED_ON, HOSPITAL
}
