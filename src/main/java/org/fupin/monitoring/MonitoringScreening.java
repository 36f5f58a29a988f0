package org.fupin.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.monitoring.domain.EarlyWarning;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early-warning screening of the registry: every household of a region and year is run through the pure
 * {@link EarlyWarning} rules with what the registry knows (income per person, last year's, housing grade); the
 * households with a hit are listed with the numbers of each hit, for cadres to turn into clues.
 */
@Service
public class MonitoringScreening {

    /** A household with at least one warning. */
    public record Warning(long householdId, String villageCode, String householdNumber, String headName, int members,
                          List<Check> hits) {}

    private final HouseholdRegistry registry;
    private final MonitoringSettings settings;

    MonitoringScreening(HouseholdRegistry registry, MonitoringSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public List<Warning> screen(RegionScope scope, String regionCode, int year) {
        EarlyWarning.Limits limits = settings.warningLimits(year, regionCode);
        Map<String, java.math.BigDecimal> lastYear = new HashMap<>();
        registry.householdsWithMembers(scope, regionCode, year - 1).forEach(h ->
                lastYear.put(h.villageCode() + "/" + h.householdNumber(), h.netIncomePerCapita()));
        List<Warning> warnings = new ArrayList<>();
        for (HouseholdDetail h : registry.householdsWithMembers(scope, regionCode, year)) {
            int members = Math.max(1, h.members().size());
            Verdict verdict = EarlyWarning.assess(new EarlyWarning.Facts(h.netIncomePerCapita(),
                    lastYear.get(h.villageCode() + "/" + h.householdNumber()), members, null, h.housingSafety(), 0,
                    false, null), limits);
            if (!verdict.passed()) {
                String head = h.members().isEmpty() ? "" : h.members().get(0).name();
                warnings.add(new Warning(h.id(), h.villageCode(), h.householdNumber(), head, members, verdict.reasons()));
            }
        }
        return warnings;
    }
}
