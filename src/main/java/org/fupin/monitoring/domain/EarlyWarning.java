package org.fupin.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;

/**
 * Early-warning rules (issue #10): each rule is a check that fails when the household shows that risk, with the
 * numbers it compared; {@link Verdict#reasons()} are the warnings. Limits are data, passed in.
 */
public final class EarlyWarning {

    /** What is known of a household; null = not known (the rule is skipped, never guessed). */
    public record Facts(BigDecimal incomePerCapita, BigDecimal previousIncomePerCapita, int members,
                        BigDecimal medicalOutOfPocket, String housingGrade, int schoolDropouts,
                        boolean onlyLabourerLost, BigDecimal disasterLoss) {}

    /**
     * @param threshold           the monitoring range (yuan per person per year)
     * @param nearPercent         income below this percentage of the threshold is "near the range" (e.g. 120)
     * @param dropPercent         a year-on-year drop of more than this percentage warns (e.g. 30)
     * @param medicalSharePercent out-of-pocket medical cost above this percentage of annual income warns (e.g. 50)
     */
    public record Limits(BigDecimal threshold, BigDecimal nearPercent, BigDecimal dropPercent,
                         BigDecimal medicalSharePercent) {}

    private EarlyWarning() {}

    public static Verdict assess(Facts f, Limits limits) {
        List<Check> checks = new ArrayList<>();
        if (f.incomePerCapita() != null) {
            BigDecimal near = RangeRule.yuan(limits.threshold().multiply(limits.nearPercent()).movePointLeft(2));
            checks.add(Check.of("INCOME_IN_RANGE", f.incomePerCapita().compareTo(limits.threshold()) >= 0,
                    f.incomePerCapita(), limits.threshold()));
            checks.add(Check.of("INCOME_NEAR_RANGE", f.incomePerCapita().compareTo(near) >= 0,
                    f.incomePerCapita(), near, limits.nearPercent()));
        }
        if (f.incomePerCapita() != null && f.previousIncomePerCapita() != null
                && f.previousIncomePerCapita().signum() > 0) {
            BigDecimal drop = f.previousIncomePerCapita().subtract(f.incomePerCapita());
            BigDecimal dropPercent = drop.movePointRight(2).divide(f.previousIncomePerCapita(), 2,
                    java.math.RoundingMode.HALF_UP);
            boolean sharp = drop.movePointRight(2).compareTo(f.previousIncomePerCapita().multiply(limits.dropPercent())) > 0;
            checks.add(Check.of("INCOME_DROP", !sharp, f.previousIncomePerCapita(), f.incomePerCapita(), dropPercent,
                    limits.dropPercent()));
        }
        if (f.medicalOutOfPocket() != null && f.incomePerCapita() != null) {
            BigDecimal annual = RangeRule.yuan(f.incomePerCapita().multiply(BigDecimal.valueOf(Math.max(1, f.members()))));
            BigDecimal limit = RangeRule.yuan(annual.multiply(limits.medicalSharePercent()).movePointLeft(2));
            checks.add(Check.of("MEDICAL_BURDEN", f.medicalOutOfPocket().compareTo(limit) <= 0,
                    f.medicalOutOfPocket(), limit, limits.medicalSharePercent(), annual));
        }
        if (f.housingGrade() != null) {
            checks.add(Check.of("UNSAFE_HOUSING", !("C".equals(f.housingGrade()) || "D".equals(f.housingGrade())),
                    f.housingGrade()));
        }
        checks.add(Check.of("SCHOOL_DROPOUT", f.schoolDropouts() == 0, f.schoolDropouts()));
        checks.add(Check.of("ONLY_LABOURER_LOST", !f.onlyLabourerLost()));
        BigDecimal loss = f.disasterLoss() == null ? BigDecimal.ZERO : f.disasterLoss();
        checks.add(Check.of("DISASTER", loss.signum() == 0, loss));
        return new Verdict(checks);
    }
}
