package org.fupin.assistance.domain;

import java.util.Collection;

/**
 * Progress of a region against its exit plan (作战图) in a given year: households planned, planned to have exited
 * by that year, of which exited, and overdue (planned for an earlier year and still not exited).
 */
public record ExitProgress(int planned, int due, int dueExited, int overdue) {

    /** One household: its planned exit year and whether the registry shows it exited. */
    public record Entry(int plannedYear, boolean exited) {}

    public static ExitProgress of(Collection<Entry> entries, int year) {
        int due = 0;
        int dueExited = 0;
        int overdue = 0;
        for (Entry e : entries) {
            if (e.plannedYear() <= year) {
                due++;
                if (e.exited()) dueExited++;
            }
            if (e.plannedYear() < year && !e.exited()) overdue++;
        }
        return new ExitProgress(entries.size(), due, dueExited, overdue);
    }

    public static boolean overdue(Entry entry, int year) {
        return entry.plannedYear() < year && !entry.exited();
    }
}
