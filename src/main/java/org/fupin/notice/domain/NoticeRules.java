package org.fupin.notice.domain;

import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * May a case that waits on a public notice advance on a given date? Pure: the date, the period, the posting date,
 * the objections and the required minimum length are all arguments.
 *
 * <p>Checks, in order (message keys {@code notice.check.<name>}):
 * <ul>
 *   <li>{@code POSTED}: the notice was posted (posting recorded) on or before the date;</li>
 *   <li>{@code LONG_ENOUGH}: the period lasts at least the required days (numbers: days, required);</li>
 *   <li>{@code PERIOD_ENDED}: the date is after the last day (numbers: last day, days left). The period runs from
 *   the posting: a notice put up late keeps its length and ends as many days later (planned 3月1日–5日, posted
 *   3月4日: up to 3月8日);</li>
 *   <li>{@code NO_OPEN_OBJECTION}: no objection received by then is still unresolved (numbers: open count).</li>
 * </ul>
 */
public final class NoticeRules {

    public static final String POSTED = "POSTED";
    public static final String LONG_ENOUGH = "LONG_ENOUGH";
    public static final String PERIOD_ENDED = "PERIOD_ENDED";
    public static final String NO_OPEN_OBJECTION = "NO_OPEN_OBJECTION";

    private NoticeRules() {}

    /**
     * @param postedOn     the day the notice was put up, or null if its posting is not recorded
     * @param requiredDays the minimum length set for this kind of notice (0 = no minimum)
     */
    public static Verdict mayAdvance(NoticePeriod period, LocalDate postedOn, List<Objection> objections,
                                     int requiredDays, LocalDate on) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of(POSTED, postedOn != null && !postedOn.isAfter(on), postedOn));
        checks.add(Check.of(LONG_ENOUGH, period.days() >= requiredDays, period.days(), requiredDays));
        NoticePeriod posted = fromPosting(period, postedOn);
        long daysLeft = posted.hasEndedBy(on) ? 0 : ChronoUnit.DAYS.between(on, posted.end()) + 1;
        checks.add(Check.of(PERIOD_ENDED, posted.hasEndedBy(on), posted.end(), daysLeft));
        long open = objections.stream().filter(o -> o.isOpenOn(on)).count();
        checks.add(Check.of(NO_OPEN_OBJECTION, open == 0, open));
        return new Verdict(checks);
    }

    /** The days the notice actually hangs: the planned period, moved to start on a later posting day. */
    public static NoticePeriod fromPosting(NoticePeriod planned, LocalDate postedOn) {
        if (postedOn == null || !postedOn.isAfter(planned.start())) return planned;
        long late = ChronoUnit.DAYS.between(planned.start(), postedOn);
        return new NoticePeriod(postedOn, planned.end().plusDays(late));
    }
}
