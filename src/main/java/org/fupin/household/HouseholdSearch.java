package org.fupin.household;

/**
 * What a clerk searches households by: region (required, within the scope), year, free text (户编号 prefix, a
 * member's name, or a full ID number) and optional status, main cause and household attribute codes.
 */
public record HouseholdSearch(String regionCode, int year, String text, String povertyStatus, String mainCause,
                              String attribute) {

    public static final String POOR = "POOR";

    public HouseholdSearch {
        text = blankToNull(text);
        povertyStatus = blankToNull(povertyStatus);
        mainCause = blankToNull(mainCause);
        attribute = blankToNull(attribute);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
