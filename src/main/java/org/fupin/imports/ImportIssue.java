package org.fupin.imports;

/**
 * One located problem: row as Excel numbers it (header = 1), the template's header text, the value, code and message.
 * A report never echoes more than {@link #MAX_VALUE} characters of a value, nor {@link #MAX_MESSAGE} of a message: a
 * 50 MB cell comes back as its first characters and an ellipsis, not as 50 MB (issue #23).
 */
public record ImportIssue(int row, String column, String value, String code, String message) implements java.io.Serializable {

    public static final int MAX_VALUE = 100;
    public static final int MAX_MESSAGE = 300;

    public ImportIssue {
        value = shortened(value, MAX_VALUE);
        message = shortened(message, MAX_MESSAGE);
        column = shortened(column, MAX_VALUE);
    }

    private static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "\u2026";
    }
}
