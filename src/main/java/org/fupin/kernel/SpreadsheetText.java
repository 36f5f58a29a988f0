package org.fupin.kernel;

import java.util.regex.Pattern;

/**
 * Text written into a spreadsheet that the spreadsheet program must not take for a formula (issue #23: a name such
 * as {@code =HYPERLINK("http://…")} in an export ran as a formula once edited or saved as CSV). A text is risky when
 * it starts with {@code =}, {@code @}, a tab or a carriage return, or with {@code +} or {@code -} and is not a plain
 * number.
 */
public final class SpreadsheetText {

    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]\\d+(\\.\\d+)?");

    private SpreadsheetText() {}

    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) return false;
        char first = text.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') return true;
        return (first == '+' || first == '-') && !SIGNED_NUMBER.matcher(text).matches();
    }

    /**
     * For tables people read: a risky text gets a leading apostrophe. In a string cell the apostrophe is shown as it
     * is; what matters is that neither an edit of the cell nor a copy saved as CSV starts with a formula sign.
     */
    public static String neutralised(String text) {
        return risky(text) ? "'" + text : text;
    }
}
