package org.fupin.identification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.identification.domain.Guarantees;
import org.fupin.identification.domain.HouseholdExitPolicy;
import org.fupin.identification.domain.IdentificationPolicy;
import org.fupin.identification.domain.Policy;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the pure policies with a case's facts from the registry and the parameters in force: eligibility for
 * identification, the exit criteria for exit, and 两不愁三保障 for both.
 */
@Service
public class CaseDecisions {

    /** The decision of a case: the deciding verdict, the guarantees (shown for both kinds) and the policy used. */
    public record Decision(Verdict verdict, Verdict guarantees, Policy policy, HouseholdDetail household) {}

    private final HouseholdRegistry registry;
    private final PolicyParameters parameters;
    private final HouseholdEvents events;
    private final org.fupin.household.RecordYears recordYears;
    private final org.fupin.dictionary.Dictionaries dictionaries;
    private final org.fupin.comparison.ComparisonFindings comparisonFindings;

    /** 文化程度 codes of a member through 初中 already: 3 初中, 4 高中, 5 大专及以上 (domain.md §1.4.1). */
    private static final java.util.Set<String> THROUGH_JUNIOR_MIDDLE = java.util.Set.of("3", "4", "5");

    CaseDecisions(HouseholdRegistry registry, PolicyParameters parameters, HouseholdEvents events,
                  org.fupin.household.RecordYears recordYears, org.fupin.dictionary.Dictionaries dictionaries,
                  org.fupin.comparison.ComparisonFindings comparisonFindings) {
        this.comparisonFindings = comparisonFindings;
        this.recordYears = recordYears;
        this.dictionaries = dictionaries;
        this.registry = registry;
        this.parameters = parameters;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Decision decide(RegionScope scope, CaseRecord c, Boolean foodAndClothing, LocalDate on) {
        HouseholdDetail household = registry.household(scope, c.householdId())
                .orElseThrow(() -> new RegionScope.OutOfScopeException("household " + c.householdId()));
        Policy policy = parameters.policy(c.year(), c.villageCode());
        if (policy.line() == null) throw new CaseException("NO_POVERTY_LINE", c.year());
        boolean food = foodAndClothing != null ? foodAndClothing : Boolean.TRUE.equals(c.foodAndClothing());
        Guarantees.Conditions conditions = conditions(household, registry.birthDates(scope, c.householdId()), food,
                c.year() >= policy.waterRequiredFrom(),
                dictionaries.forYear(household.year()).get(org.fupin.dictionary.CodeLists.EDUCATION));
        Verdict guarantees = new Verdict(Guarantees.check(conditions, on));
        Verdict verdict = switch (c.kind()) {
            case IDENTIFICATION, REMOVAL -> IdentificationPolicy.decide(c.year(), household.netIncomePerCapita(), policy.line(),
                    policy.exclusions(), exclusionFindings(c));
            case EXIT -> withLeftOutTransfers(HouseholdExitPolicy.decide(new HouseholdExitPolicy.Facts(c.year(),
                    incomes(scope, c, policy), conditions,
                    events.isNewOrReturnedIn(c.villageCode(), c.householdNumber(), c.year()), Map.of(),
                    recordYears.years(scope).stream().min(Integer::compare).orElse(c.year())),
                    policy.exitStableYears(), policy.blockExitOfNewThisYear(), on), scope, c, policy);
        };
        return new Decision(verdict, guarantees, policy, household);
    }

    /** Findings entered by hand, and confirmed comparison hits of the members as the exclusion rules they meet. */
    private Map<String, String> exclusionFindings(CaseRecord c) {
        Map<String, String> findings = new java.util.LinkedHashMap<>(
                parameters.exclusionFindings(c.villageCode(), c.year(), c.householdNumber()));
        comparisonFindings.exclusionFindings(c.villageCode(), c.year(), c.householdNumber()).forEach(findings::putIfAbsent);
        return findings;
    }

    /**
     * The exit income of each year: 人均纯收入 less the items of 转移性收入 that the year's policy does not count
     * ({@code EXIT_COUNTS_TRANSFER.<ITEM>} = 0), per person.
     */
    private List<HouseholdExitPolicy.YearIncome> incomes(RegionScope scope, CaseRecord c, Policy policy) {
        return registry.history(scope, c.householdId()).stream()
                .filter(y -> y.year() > c.year() - policy.exitStableYears() && y.year() <= c.year())
                .map(y -> {
                    Policy of = y.year() == c.year() ? policy : parameters.policy(y.year(), c.villageCode());
                    BigDecimal left = leftOut(y, of).divide(BigDecimal.valueOf(Math.max(y.members(), 1)), 2,
                            java.math.RoundingMode.HALF_UP);
                    return new HouseholdExitPolicy.YearIncome(y.year(), y.netIncomePerCapita().subtract(left), of.line());
                })
                .toList();
    }

    private static BigDecimal leftOut(HouseholdRegistry.YearEntry y, Policy policy) {
        return y.transferItems().entrySet().stream()
                .filter(e -> policy.value(e.getKey().exitParameter()).signum() == 0)
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The exit verdict, stating the transfers of the case year it did not count (items and yuan), if any. */
    private Verdict withLeftOutTransfers(Verdict verdict, RegionScope scope, CaseRecord c, Policy policy) {
        return registry.history(scope, c.householdId()).stream().filter(y -> y.year() == c.year()).findFirst()
                .map(y -> {
                    BigDecimal left = leftOut(y, policy);
                    if (left.signum() == 0) return verdict;
                    List<org.fupin.kernel.Check> checks = new java.util.ArrayList<>(verdict.checks());
                    checks.add(org.fupin.kernel.Check.of("TRANSFERS_NOT_COUNTED", true, left, y.year()));
                    return new Verdict(checks);
                }).orElse(verdict);
    }

    /** The guarantee facts; exact ages come from the members' birth dates, which only the service sees. */
    private static Guarantees.Conditions conditions(HouseholdDetail household, Map<Integer, LocalDate> birthDates,
                                                    boolean foodAndClothing, boolean waterRequired,
                                                    org.fupin.dictionary.CodeList education) {
        List<Guarantees.Member> members = household.members().stream().map(p -> new Guarantees.Member(
                birthDates.get(p.position()), p.schooling() != null && !p.schooling().isBlank(),
                p.schoolingExemption() != null,
                education.byLabel(p.education()).map(e -> THROUGH_JUNIOR_MIDDLE.contains(e.code())).orElse(false),
                p.basicMedicalInsurance())).toList();
        return new Guarantees.Conditions(foodAndClothing, household.housingSafety(), household.safeDrinkingWater(),
                waterRequired, members);
    }
}
