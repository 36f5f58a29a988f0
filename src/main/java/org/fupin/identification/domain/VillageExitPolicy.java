package org.fupin.identification.domain;

import org.fupin.kernel.Rates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;

/**
 * May a poor village exit (贫困村退出, domain.md §3.4)? 贫困发生率 = current poor persons / 农业户籍人口 below 2%
 * (below 3% in a western province), both limits data; plus the county's extra conditions (infrastructure, services,
 * collective income …) as named yes/no facts. Exactly 3.00% does not pass (降至 3% 以下).
 */
public final class VillageExitPolicy {

    public static final String INCIDENCE_BELOW_LIMIT = "INCIDENCE_BELOW_LIMIT";
    public static final String FACILITY_PRESENT = "FACILITY_PRESENT";

    /**
     * A condition the province or county sets on village exit: at least {@code required} of a facility type (road,
     * tap water, clinic, broadband …) in the village's facility list of the year, where {@code present} were reported.
     */
    public record FacilityCondition(String type, String label, int required, int present) {}

    /** The limits in percent, central and western. */
    public record Limits(BigDecimal central, BigDecimal western) {

        public BigDecimal forRegion(boolean isWestern) {
            return isWestern ? western : central;
        }
    }

    private VillageExitPolicy() {}

    /** Numbers of the incidence check: incidence %, limit %, poor persons, population, western. */
    public static Verdict decide(long poorPersons, long population, boolean western, Limits limits,
                                 Map<String, Boolean> extraConditions) {
        return decide(poorPersons, population, western, limits, List.of(), extraConditions);
    }

    /** With the facility conditions in force; numbers of each: facility label, present, required. */
    public static Verdict decide(long poorPersons, long population, boolean western, Limits limits,
                                 List<FacilityCondition> facilities, Map<String, Boolean> extraConditions) {
        BigDecimal limit = limits.forRegion(western);
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of(INCIDENCE_BELOW_LIMIT, Rates.below(poorPersons, population, limit),
                Rates.percent(poorPersons, population), limit, poorPersons, population, western));
        facilities.forEach(f -> checks.add(Check.of(FACILITY_PRESENT, f.present() >= f.required(), f.label(), f.present(),
                f.required())));
        extraConditions.forEach((name, met) -> checks.add(Check.of(HouseholdExitPolicy.EXTRA_CONDITION, met, name)));
        return new Verdict(checks);
    }
}
