package org.fupin.monitoring.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;

/**
 * Deadlines of monitoring (domain.md §5.4, §8 rule 7): clue to county decision within a number of days, the village
 * notice at least its minimum days, help measures within a number of months of identification, and 开发式帮扶 for
 * households with labour whose risk is not eliminated once identified for some months. Every limit is an argument.
 */
public final class Timeliness {

    /** Limits in force: days clue→decision, notice days, months to the first measure, months to 开发式帮扶. */
    public record Limits(int decisionDays, int noticeDays, int measureMonths, int developmentalMonths) {}

    /** A recorded help measure: when it started and whether it is 开发式 (employment, industry, skills…). */
    public record Measure(LocalDate startedOn, boolean developmental) {}

    private Timeliness() {}

    /**
     * The identification of one clue. Open (no decision yet) is judged on {@code date}: still in time or overdue.
     * Days count calendar days from the clue (clue 03-01, decision 03-20 = 19 days).
     */
    public static Verdict identification(LocalDate clueOn, LocalDate decidedOn, Integer noticeDaysPosted,
                                         Limits limits, LocalDate date) {
        List<Check> checks = new ArrayList<>();
        LocalDate end = decidedOn == null ? date : decidedOn;
        long days = ChronoUnit.DAYS.between(clueOn, end);
        checks.add(Check.of("DECISION_WITHIN_DAYS", days <= limits.decisionDays(), clueOn, decidedOn, days,
                limits.decisionDays(), clueOn.plusDays(limits.decisionDays())));
        if (noticeDaysPosted != null) {
            checks.add(Check.of("NOTICE_LONG_ENOUGH", noticeDaysPosted >= limits.noticeDays(), noticeDaysPosted,
                    limits.noticeDays()));
        }
        return new Verdict(checks);
    }

    /**
     * Help after identification (§8 rule 7): a first measure within {@code measureMonths} (an error on {@code date}
     * once the month has passed without one) and, for a household with labour whose risk is not eliminated, a
     * 开发式 measure once identified {@code developmentalMonths} or more.
     */
    public static Verdict help(LocalDate identifiedOn, List<Measure> measures, boolean hasLabour,
                               boolean riskEliminated, Limits limits, LocalDate date) {
        List<Check> checks = new ArrayList<>();
        LocalDate due = identifiedOn.plusMonths(limits.measureMonths());
        LocalDate first = measures.stream().map(Measure::startedOn).min(LocalDate::compareTo).orElse(null);
        boolean inTime = first != null ? !first.isAfter(due) : date.isBefore(due);
        checks.add(Check.of("MEASURE_WITHIN_MONTH", inTime, identifiedOn, first, due));
        LocalDate developmentalDue = identifiedOn.plusMonths(limits.developmentalMonths());
        boolean developmental = measures.stream().anyMatch(Measure::developmental);
        boolean needed = hasLabour && !riskEliminated && !date.isBefore(developmentalDue);
        checks.add(Check.of("DEVELOPMENTAL_FOR_LABOUR", !needed || developmental, hasLabour, riskEliminated,
                developmentalDue, developmental));
        return new Verdict(checks);
    }
}
