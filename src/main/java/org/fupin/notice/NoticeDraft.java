package org.fupin.notice;

import java.time.LocalDate;
import java.util.List;
import org.fupin.notice.domain.NoticePeriod;

/** A notice to open: kind, the region it is posted for, title, period, required length, place and households. */
public record NoticeDraft(NoticeKind kind, String regionCode, String title, NoticePeriod period, int requiredDays,
                          String place, List<NoticeEntry> entries) {

    public NoticeDraft {
        entries = List.copyOf(entries);
        place = place == null ? "" : place;
    }

    public static NoticeDraft of(NoticeKind kind, String regionCode, String title, LocalDate start, int days,
                                 String place, List<NoticeEntry> entries) {
        return new NoticeDraft(kind, regionCode, title, NoticePeriod.ofDays(start, days), days, place, entries);
    }
}
