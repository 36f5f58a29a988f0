package org.fupin.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.kernel.Check;

/**
 * Which category, if any, a household falls into (domain.md §5.2): within the range (income strictly below the
 * threshold) → 脱贫不稳定户 for an exited household, 边缘易致贫户 otherwise; above it, rigid expenditure (medical,
 * disaster, accident, schooling) above a share of the household's annual income → 突发严重困难户.
 */
public final class Classification {

    /** The result: the category (empty = not a monitoring object) and the checks with their numbers. */
    public record Result(Optional<Category> category, List<Check> checks) {
        public Result {
            checks = List.copyOf(checks);
        }
    }

    /** The facts of one household: per-capita net income, members, whether exited, rigid expenditure this year. */
    public record Facts(BigDecimal incomePerCapita, int members, boolean exited, BigDecimal rigidExpenditure) {
        public Facts {
            if (incomePerCapita == null || members < 1) throw new IllegalArgumentException("Income and members needed");
            rigidExpenditure = rigidExpenditure == null ? BigDecimal.ZERO : rigidExpenditure;
        }

        public BigDecimal annualIncome() {
            return RangeRule.yuan(incomePerCapita.multiply(BigDecimal.valueOf(members)));
        }
    }

    private Classification() {}

    /**
     * @param threshold            the monitoring range threshold (yuan per person per year)
     * @param rigidSharePercent    rigid expenditure above this percentage of annual income counts as severe (100 =
     *                             "exceeds the annual income")
     */
    public static Result classify(Facts facts, BigDecimal threshold, BigDecimal rigidSharePercent) {
        List<Check> checks = new ArrayList<>();
        boolean inRange = facts.incomePerCapita().compareTo(threshold) < 0;
        checks.add(Check.of("IN_RANGE", inRange, facts.incomePerCapita(), threshold));
        if (inRange) {
            return new Result(Optional.of(facts.exited() ? Category.UNSTABLE_EXITED : Category.MARGINAL), checks);
        }
        BigDecimal limit = RangeRule.yuan(facts.annualIncome().multiply(rigidSharePercent).movePointLeft(2));
        boolean severe = facts.rigidExpenditure().compareTo(limit) > 0;
        checks.add(Check.of("RIGID_EXPENDITURE", severe, facts.rigidExpenditure(), limit, rigidSharePercent,
                facts.annualIncome()));
        return new Result(severe ? Optional.of(Category.SEVERE_DIFFICULTY) : Optional.empty(), checks);
    }
}
