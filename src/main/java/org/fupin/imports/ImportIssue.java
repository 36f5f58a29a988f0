package org.fupin.imports;

/** One located problem: row as Excel numbers it (header = 1), the template's header text, the value, code and message. */
public record ImportIssue(int row, String column, String value, String code, String message) implements java.io.Serializable {
}
