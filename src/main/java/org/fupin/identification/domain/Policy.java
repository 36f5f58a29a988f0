package org.fupin.identification.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The parameters in force for one year and region, read from data (table policy_parameter, the poverty line, the
 * western-province list and the enabled exclusion rules). A missing parameter is an error, never a silent default.
 *
 * @param line      the applicable poverty line (yuan per person per year), null when the year has none
 * @param standard  its standard (NATIONAL, PROVINCIAL, MUNICIPAL)
 */
public record Policy(int year, String regionCode, BigDecimal line, String standard, boolean western,
                     Map<String, BigDecimal> values, List<ExclusionRules.Rule> exclusions) {

    public Policy {
        values = Map.copyOf(values);
        exclusions = List.copyOf(exclusions);
    }

    public BigDecimal value(String name) {
        BigDecimal value = values.get(name);
        if (value == null) throw new IllegalStateException("No parameter " + name + " for " + year + " " + regionCode);
        return value;
    }

    /** Minimum length of a notice of this kind in days (0 = no minimum). */
    public int noticeDays(String kind) {
        return value("NOTICE_DAYS." + kind).intValueExact();
    }

    public int stepDays() {
        return value("STEP_DAYS").intValueExact();
    }

    public int exitStableYears() {
        return value("EXIT_STABLE_YEARS").intValueExact();
    }

    /** The first year whose exits require 饮水安全 (2019 by default: the 2019 guidance on the outstanding problems of 两不愁三保障). */
    public int waterRequiredFrom() {
        return value("EXIT_WATER_REQUIRED_FROM").intValueExact();
    }

    public boolean blockExitOfNewThisYear() {
        return value("EXIT_BLOCK_NEW_THIS_YEAR").signum() != 0;
    }

    public VillageExitPolicy.Limits villageLimits() {
        return new VillageExitPolicy.Limits(value("VILLAGE_EXIT_MAX_INCIDENCE"), value("VILLAGE_EXIT_MAX_INCIDENCE_WESTERN"));
    }

    public CountyExitPolicy.Limits countyLimits() {
        return new CountyExitPolicy.Limits(value("COUNTY_EXIT_MAX_INCIDENCE"), value("COUNTY_EXIT_MAX_INCIDENCE_WESTERN"),
                value("COUNTY_EXIT_MAX_WRONG_EXIT_RATE"), value("COUNTY_EXIT_MAX_MISSED_RATE"),
                value("COUNTY_EXIT_MIN_RECOGNITION"));
    }
}
