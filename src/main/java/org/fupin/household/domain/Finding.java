package org.fupin.household.domain;

import java.util.List;

/**
 * A rule's verdict on one cell: where (row as Excel numbers it, column), what (the value), why (a stable code,
 * with arguments for the message {@code rule.<code>}), and whether it rejects the file or only warns.
 */
public record Finding(int row, String column, String value, String code, Severity severity, List<Object> args) {

    public enum Severity { ERROR, WARNING }

    public static Finding error(int row, Enum<?> column, String value, String code, Object... args) {
        return new Finding(row, column.name(), value, code, Severity.ERROR, List.of(args));
    }

    public static Finding warning(int row, Enum<?> column, String value, String code, Object... args) {
        return new Finding(row, column.name(), value, code, Severity.WARNING, List.of(args));
    }

    public boolean isError() { return severity == Severity.ERROR; }
}
