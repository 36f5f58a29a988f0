package org.fupin.identification;

import java.util.List;
import java.util.Map;
import org.fupin.facilities.Facilities;
import org.fupin.identification.domain.CountyExitPolicy;
import org.fupin.identification.domain.Policy;
import org.fupin.identification.domain.VillageExitPolicy;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Village exit from the registry's figures (贫困发生率 = current poor persons / rural population of the village
 * facts) and county exit from the evaluation sample's inputs, each against the limits in force for the year.
 */
@Service
public class ExitCalculations {

    private final Statistics statistics;
    private final PolicyParameters parameters;
    private final VillageExitConditions conditions;
    private final Facilities facilities;

    ExitCalculations(Statistics statistics, PolicyParameters parameters, VillageExitConditions conditions,
                     Facilities facilities) {
        this.statistics = statistics;
        this.parameters = parameters;
        this.conditions = conditions;
        this.facilities = facilities;
    }

    @Transactional(readOnly = true)
    public Verdict village(RegionScope scope, String villageCode, int year) {
        RegionStatistics figures = statistics.forRegion(scope, villageCode, year);
        Policy policy = parameters.policy(year, villageCode);
        if (figures.ruralPopulation() <= 0) throw new CaseException("NO_POPULATION", villageCode, year);
        Map<String, Integer> present = new java.util.HashMap<>();
        facilities.rows(scope, villageCode, year).stream().filter(f -> f.villageCode().equals(villageCode))
                .forEach(f -> present.merge(f.type(), f.count(), Integer::sum));
        org.fupin.dictionary.CodeList types = facilities.types(year);
        List<VillageExitPolicy.FacilityCondition> required = conditions.inForce(year, villageCode).stream()
                .map(c -> new VillageExitPolicy.FacilityCondition(c.facilityType(),
                        types.label(c.facilityType()).orElse(c.facilityType()), c.minCount(),
                        present.getOrDefault(c.facilityType(), 0))).toList();
        return VillageExitPolicy.decide(figures.poorPersons(), figures.ruralPopulation(), policy.western(),
                policy.villageLimits(), required, Map.of());
    }

    @Transactional(readOnly = true)
    public Verdict county(RegionScope scope, String countyCode, int year, CountyExitPolicy.Sample sample) {
        scope.require(countyCode);
        Policy policy = parameters.policy(year, countyCode);
        return CountyExitPolicy.decide(sample, policy.western(), policy.countyLimits());
    }
}
