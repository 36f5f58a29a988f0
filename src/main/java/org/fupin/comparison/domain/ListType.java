package org.fupin.comparison.domain;

import static org.fupin.comparison.domain.ListColumn.*;

import java.util.List;

/**
 * The kinds of list other departments send for comparison (issue #11, domain.md §2.2), each with its columns:
 * every list has the ID number (required) and the name; the rest map to a {@link Slot} of the record.
 */
public enum ListType {
    VEHICLE(req(VEHICLE_TYPE, Slot.CATEGORY), req(PURCHASE_PRICE, Slot.AMOUNT), opt(PURCHASE_DATE, Slot.DATE),
            opt(PLATE, Slot.DETAIL)),
    PROPERTY(req(PROPERTY_TYPE, Slot.CATEGORY), opt(ACQUISITION, Slot.STATUS), opt(AREA, Slot.AREA),
            opt(REGISTERED_ON, Slot.DATE), opt(LOCATION, Slot.DETAIL)),
    COMPANY(req(COMPANY_ROLE, Slot.CATEGORY), req(COMPANY_STATUS, Slot.STATUS), opt(COMPANY_NAME, Slot.DETAIL)),
    PAYROLL(opt(STAFF_TYPE, Slot.CATEGORY), opt(EMPLOYER, Slot.DETAIL)),
    DEATH(req(DEATH_DATE, Slot.DATE)),
    ASSISTANCE(req(ASSISTANCE_KIND, Slot.CATEGORY), opt(MONTHLY_AMOUNT, Slot.AMOUNT), opt(START_DATE, Slot.DATE)),
    MEDICAL(req(OUT_OF_POCKET, Slot.AMOUNT), opt(TREATED_ON, Slot.DATE), opt(HOSPITAL, Slot.DETAIL));

    /** A column of this list, the slot it fills and whether a row must fill it. */
    public record Field(ListColumn column, Slot slot, boolean required) {}

    private final List<Field> fields;

    ListType(Field... fields) { this.fields = List.of(fields); }

    /** The type-specific columns, in template order (after ID number and name). */
    public List<Field> fields() { return fields; }

    /** Every column of the template in order: ID number, name, then {@link #fields()}. */
    public List<ListColumn> columns() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ID_NUMBER, NAME),
                fields.stream().map(Field::column)).toList();
    }

    public boolean isRequired(ListColumn column) {
        return column == ID_NUMBER || fields.stream().anyMatch(f -> f.column() == column && f.required());
    }

    private static Field req(ListColumn column, Slot slot) { return new Field(column, slot, true); }

    private static Field opt(ListColumn column, Slot slot) { return new Field(column, slot, false); }
}
