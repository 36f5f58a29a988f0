package org.fupin.identification.domain;

import java.util.List;
import java.util.Map;
import org.fupin.kernel.Check;

/**
 * The exclusion (一票否决) rules of domain.md §2.2 that the county enabled: one check per enabled rule, failing when
 * the county recorded a finding for the household (比对 result). Rules not enabled are not checked.
 */
public final class ExclusionRules {

    public static final String EXCLUSION = "EXCLUSION";

    /** An enabled rule: its code and label (data). */
    public record Rule(String code, String label) {}

    private ExclusionRules() {}

    /**
     * @param findings rule code → what was found (e.g. 2019年购买商品房 95㎡), only for rules with a finding
     * Numbers of each check: rule code, label, finding (empty when none).
     */
    public static List<Check> check(List<Rule> enabled, Map<String, String> findings) {
        return enabled.stream().map(rule -> {
            String found = findings.get(rule.code());
            return Check.of(EXCLUSION, found == null, rule.code(), rule.label(), found == null ? "" : found);
        }).toList();
    }
}
