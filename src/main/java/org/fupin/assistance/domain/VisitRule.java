package org.fupin.assistance.domain;

import java.time.LocalDate;

/** A responsible cadre is flagged when no visit falls in the last N months before the given day (半年内未走访). */
public final class VisitRule {

    private VisitRule() {}

    /** The first day that still counts: visits on or after it are recent enough. */
    public static LocalDate windowStart(LocalDate asOf, int months) {
        return asOf.minusMonths(months);
    }

    public static boolean overdue(LocalDate lastVisit, LocalDate asOf, int months) {
        return lastVisit == null || lastVisit.isBefore(windowStart(asOf, months));
    }
}
