package org.fupin.identification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;

/**
 * Is a household eligible for registration (精准识别)? Income below the line of the year (the applicable standard),
 * and none of the enabled exclusion rules found. 两不愁三保障 are reported alongside (they inform the appraisal but
 * do not decide eligibility: 以农户收入为基本依据, 综合考虑住房、教育、健康等情况, domain.md §2.1).
 */
public final class IdentificationPolicy {

    private IdentificationPolicy() {}

    public static Verdict decide(int year, BigDecimal perCapita, BigDecimal line, List<ExclusionRules.Rule> enabled,
                                 Map<String, String> findings) {
        List<Check> checks = new ArrayList<>();
        checks.add(IncomeRule.below(year, perCapita, line));
        checks.addAll(ExclusionRules.check(enabled, findings));
        return new Verdict(checks);
    }
}
