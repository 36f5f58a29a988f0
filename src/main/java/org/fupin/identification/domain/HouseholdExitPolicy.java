package org.fupin.identification.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;

/**
 * May a household exit (贫困户退出, domain.md §3.3)? 人均纯收入 stably above the line (this year and each of the
 * {@code stableYears − 1} years before, each against its own year's line; by default 1: this year's income only, and
 * never a year before the registry's first snapshot), 两不愁三保障, the county's extra conditions, and, when the county
 * blocks it, not newly registered or returned this year.
 */
public final class HouseholdExitPolicy {

    public static final String NOT_NEW_THIS_YEAR = "NOT_NEW_THIS_YEAR";
    public static final String EXTRA_CONDITION = "EXTRA_CONDITION";

    /** One year's income and that year's line (either may be null when not recorded). */
    public record YearIncome(int year, BigDecimal perCapita, BigDecimal line) {}

    /**
     * The facts of one exit decision; {@code firstRecordYear}: the first year the registry holds (its first
     * snapshot), before which no income can be asked for.
     */
    public record Facts(int year, List<YearIncome> incomes, Guarantees.Conditions conditions,
                        boolean newOrReturnedThisYear, Map<String, Boolean> extraConditions, int firstRecordYear) {}

    private HouseholdExitPolicy() {}

    public static Verdict decide(Facts facts, int stableYears, boolean blockNewThisYear, LocalDate on) {
        List<Check> checks = new ArrayList<>();
        int earliest = Math.max(facts.year() - Math.max(stableYears, 1) + 1, Math.min(facts.firstRecordYear(), facts.year()));
        for (int y = facts.year(); y >= earliest; y--) {
            int year = y;
            YearIncome income = facts.incomes().stream().filter(i -> i.year() == year).findFirst()
                    .orElse(new YearIncome(year, null, null));
            checks.add(IncomeRule.above(year, income.perCapita(), income.line()));
        }
        checks.addAll(Guarantees.check(facts.conditions(), on));
        facts.extraConditions().forEach((name, met) -> checks.add(Check.of(EXTRA_CONDITION, met, name)));
        if (blockNewThisYear) {
            checks.add(Check.of(NOT_NEW_THIS_YEAR, !facts.newOrReturnedThisYear(), facts.year()));
        }
        return new Verdict(checks);
    }
}
