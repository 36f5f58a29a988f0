package org.fupin.notice.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a notice is posted, first and last day included (公示期 3月1日至3月5日 = 5 days). */
public record NoticePeriod(LocalDate start, LocalDate end) {

    public NoticePeriod {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) throw new IllegalArgumentException("A notice period ends on or after its start");
    }

    /** The period of {@code days} calendar days starting on {@code start}. */
    public static NoticePeriod ofDays(LocalDate start, int days) {
        if (days < 1) throw new IllegalArgumentException("A notice lasts at least one day");
        return new NoticePeriod(start, start.plusDays(days - 1L));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** True from the day after the last day: a notice until 3月5日 has ended on 3月6日. */
    public boolean hasEndedBy(LocalDate date) {
        return date.isAfter(end);
    }
}
