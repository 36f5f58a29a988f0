package org.fupin.identification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;

/**
 * May a step be recorded as done? Pure: who (role), when, the date of the previous step, the meeting (for 评议
 * steps), the verdict of the notice the step waits on, and the policy verdict (eligibility or exit criteria, for
 * the verification steps) are arguments. Message keys: {@code identification.check.<name>}.
 */
public final class Workflow {

    public static final String ROLE_ALLOWED = "ROLE_ALLOWED";
    public static final String DATE_IN_ORDER = "DATE_IN_ORDER";
    public static final String DATE_NOT_FUTURE = "DATE_NOT_FUTURE";
    public static final String MEETING_RECORDED = "MEETING_RECORDED";
    public static final String MAJORITY = "MAJORITY";
    public static final String NOTICE_OPENED = "NOTICE_OPENED";
    public static final String BACKDATE_REASON = "BACKDATE_REASON";

    /** Minimum length of the reason for a backdated step (a word or two, not a dot). */
    static final int MIN_REASON_LENGTH = 4;

    /** How many days before the day of entry a step may be dated without a reason, and the reason given. */
    public record Backdating(int allowedDays, String reason) {}

    private Workflow() {}

    /** {@code today}: the day the step is recorded; a step cannot be dated after it. */
    public static Verdict mayComplete(Step step, String role, LocalDate date, LocalDate previous, LocalDate today,
                                      Meeting meeting, Verdict notice, Verdict policy, Backdating backdating) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of(ROLE_ALLOWED, step.mayBeRecordedBy(role), role));
        checks.add(Check.of(DATE_IN_ORDER, previous == null || !date.isBefore(previous), date, previous));
        checks.add(Check.of(DATE_NOT_FUTURE, !date.isAfter(today), date, today));
        long daysBack = java.time.temporal.ChronoUnit.DAYS.between(date, today);
        if (daysBack > backdating.allowedDays()) {
            String reason = backdating.reason() == null ? "" : backdating.reason().strip();
            checks.add(Check.of(BACKDATE_REASON, reason.length() >= MIN_REASON_LENGTH, date, daysBack,
                    backdating.allowedDays()));
        }
        if (step.isMeeting()) checks.addAll(meeting(meeting, date));
        if (step.waitsOnNotice()) {
            checks.add(Check.of(NOTICE_OPENED, notice != null));
            if (notice != null) checks.addAll(notice.checks());
        }
        if (policy != null) checks.addAll(policy.checks());
        return new Verdict(checks);
    }

    /** Numbers: meeting date, attendance; votes for, attendance. A majority of those present must vote for. */
    static List<Check> meeting(Meeting m, LocalDate date) {
        boolean recorded = m != null && m.date() != null && !m.date().isAfter(date) && m.attendance() > 0
                && m.votesFor() >= 0 && m.votesAgainst() >= 0 && m.votesFor() + m.votesAgainst() <= m.attendance();
        if (!recorded) return List.of(Check.of(MEETING_RECORDED, false, m == null ? null : m.date(),
                m == null ? 0 : m.attendance()));
        return List.of(Check.of(MEETING_RECORDED, true, m.date(), m.attendance()),
                Check.of(MAJORITY, 2L * m.votesFor() > m.attendance(), m.votesFor(), m.attendance()));
    }

    /** The last day to complete a step begun on {@code startedOn}. */
    public static LocalDate deadline(LocalDate startedOn, int stepDays) {
        return startedOn.plusDays(stepDays);
    }

    public static boolean isOverdue(LocalDate startedOn, int stepDays, LocalDate today) {
        return today.isAfter(deadline(startedOn, stepDays));
    }
}
