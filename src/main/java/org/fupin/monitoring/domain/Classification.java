package org.fupin.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.kernel.Check;

/**
 * Which category, if any, a household falls into (domain.md §5.2): within the range (income strictly below the
 * threshold) → 脱贫不稳定户 for an exited household, 边缘易致贫户 otherwise; above it → 突发严重困难户 when, in the one
 * reckoning with social assistance (policy-2026.md), the annual income minus the 合规自付 rigid expenditure (medical
 * after reimbursement, schooling, disaster loss) leaves less than the range per person, or when that expenditure
 * exceeds the set share of the annual income. Example: 4 × 9,000 = 36,000 yuan, 20,000 yuan 合规自付 → 4,000 per
 * person, below a range of 8,700.
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
        boolean share = facts.rigidExpenditure().compareTo(limit) > 0;
        checks.add(Check.of("RIGID_EXPENDITURE", share, facts.rigidExpenditure(), limit, rigidSharePercent,
                facts.annualIncome()));
        BigDecimal afterRigid = facts.annualIncome().subtract(facts.rigidExpenditure())
                .divide(BigDecimal.valueOf(facts.members()), 2, RoundingMode.HALF_UP);
        boolean belowAfterRigid = afterRigid.compareTo(threshold) < 0;
        checks.add(Check.of("INCOME_AFTER_RIGID", belowAfterRigid, facts.annualIncome(), facts.rigidExpenditure(),
                facts.members(), afterRigid, threshold));
        return new Result(share || belowAfterRigid ? Optional.of(Category.SEVERE_DIFFICULTY) : Optional.empty(), checks);
    }
}
