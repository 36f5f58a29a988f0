package org.fupin.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;

/**
 * Whether a monitored household's risk may be marked eliminated (domain.md §5.5): income stably above the range for
 * at least a number of months, large rigid expenditure resolved, 三保障 and drinking water secure; a household without
 * labour capacity (relying on 兜底) stays monitored.
 */
public final class RiskElimination {

    /** A monthly follow-up visit with the per-capita income estimated for the year on that visit. */
    public record FollowUp(LocalDate visitedOn, BigDecimal incomePerCapita) {}

    /** The facts checked besides income. */
    public record Facts(boolean rigidExpenditureResolved, boolean guaranteesSecure, boolean waterSecure,
                        boolean hasLabour) {}

    private RiskElimination() {}

    /**
     * Months of the latest unbroken run of follow-ups above {@code threshold}: one per calendar month, a month
     * without a visit or with income at or below the threshold ends the run.
     */
    public static int stableMonths(List<FollowUp> followUps, BigDecimal threshold) {
        List<FollowUp> latestFirst = followUps.stream()
                .sorted(Comparator.comparing(FollowUp::visitedOn).reversed()).toList();
        YearMonth expected = null;
        List<YearMonth> counted = new ArrayList<>();
        for (FollowUp f : latestFirst) {
            YearMonth month = YearMonth.from(f.visitedOn());
            if (counted.contains(month)) continue;
            if (expected != null && !month.equals(expected)) break;
            if (f.incomePerCapita().compareTo(threshold) <= 0) break;
            counted.add(month);
            expected = month.minusMonths(1);
        }
        return counted.size();
    }

    public static Verdict assess(int stableMonths, int requiredMonths, Facts facts) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of("INCOME_STABLE_ABOVE_RANGE", stableMonths >= requiredMonths, stableMonths, requiredMonths));
        checks.add(Check.of("RIGID_EXPENDITURE_RESOLVED", facts.rigidExpenditureResolved()));
        checks.add(Check.of("GUARANTEES_SECURE", facts.guaranteesSecure()));
        checks.add(Check.of("WATER_SECURE", facts.waterSecure()));
        checks.add(Check.of("HAS_LABOUR", facts.hasLabour()));
        return new Verdict(checks);
    }
}
