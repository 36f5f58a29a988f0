package org.fupin.income;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One item of a household's income (收入明细) recorded beside the registry's yearly totals: which component it
 * belongs to (工资性, 生产经营性, 财产性, 转移性), what it is ({@code item}, e.g. ASSET_DIVIDEND), the amount in yuan
 * (scale 2), the record that paid it ({@code source}, e.g. {@code asset-income:12}) and a description for people.
 * Keyed by county and 户编号, like the assistance records (ADR 0013), so it survives a new registry snapshot.
 */
public record IncomeItem(long id, String countyCode, String villageCode, String householdNumber, int year,
                         Component component, String item, BigDecimal amount, String source, String description,
                         LocalDate paidOn) {

    /** The four income components of the net-income formula (domain.md §1.5). */
    public enum Component { WAGE, BUSINESS, PROPERTY, TRANSFER }

    /** An item to record (no id yet). */
    public record New(String countyCode, String villageCode, String householdNumber, int year, Component component,
                      String item, BigDecimal amount, String source, String description, LocalDate paidOn) {}
}
