package org.fupin.comparison.domain;

/**
 * Where a list column's value is kept in an external record, so that every list type shares one table and one
 * matching query: rules test the category, status, amount, area and date of a record.
 */
public enum Slot { CATEGORY, STATUS, AMOUNT, AREA, DATE, DETAIL }
