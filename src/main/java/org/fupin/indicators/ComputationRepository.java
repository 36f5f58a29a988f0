package org.fupin.indicators;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.indicators.domain.ComputationMethod;
import org.fupin.indicators.domain.ComputationRule;
import org.fupin.indicators.domain.ComputeDecision;
import org.fupin.indicators.domain.Ratio;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The mapping of computed indicators, the set-based counts behind each method, and computed values with their
 * basis. Ages are completed years at 31 December of the year (year − birth year). Villages are the rural
 * village-level units (urban-rural code 2xx or unknown) that reported facilities for the year.
 */
@Repository
class ComputationRepository {

    /** A stored value's source and, for computed values, what it was computed from. */
    record Stored(String source, ComputationMethod method, BigDecimal numerator, BigDecimal denominator) {}

    private static final String REPORTED_VILLAGES = """
            reported as (
                select distinct f.village_code from village_facility f join region r on r.code = f.village_code
                where f.year = :year and f.village_code between :low and :high
                  and (r.urban_rural_code is null or r.urban_rural_code like '2%'))
            """;

    private final JdbcClient jdbc;

    ComputationRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    List<ComputationRule> rules(String setCode) {
        return jdbc.sql("""
                select c.indicator_code, c.method, c.facility_type, c.age_from, c.age_to, c.note
                from indicator_computation c join indicator i on i.set_code = c.set_code and i.code = c.indicator_code
                where c.set_code = :set order by i.position, i.code
                """).param("set", setCode).query((rs, n) -> new ComputationRule(rs.getString(1),
                ComputationMethod.valueOf(rs.getString(2)), rs.getString(3), (Integer) rs.getObject(4),
                (Integer) rs.getObject(5), rs.getString(6))).list();
    }

    Map<String, Stored> stored(String region, int year, String setCode) {
        Map<String, Stored> out = new HashMap<>();
        jdbc.sql("""
                select indicator_code, source, method, numerator, denominator from indicator_value
                where region_code = :region and year = :year and set_code = :set
                """).param("region", region).param("year", year).param("set", setCode).query(rs -> {
            String method = rs.getString(3);
            out.put(rs.getString(1), new Stored(rs.getString(2), method == null ? null : ComputationMethod.valueOf(method),
                    rs.getBigDecimal(4), rs.getBigDecimal(5)));
        });
        return out;
    }

    void saveComputed(String region, int year, String setCode, Ratio.Computed computed, String actor) {
        jdbc.sql("""
                insert into indicator_value (county_code, region_code, year, set_code, indicator_code, value, source,
                                             updated_by, method, numerator, denominator)
                values (left(:region, 6), :region, :year, :set, :indicator, :value, :source, :actor, :method,
                        :numerator, :denominator)
                on conflict (county_code, region_code, year, set_code, indicator_code)
                do update set value = excluded.value,
                    source = excluded.source, updated_by = excluded.updated_by, updated_at = now(),
                    method = excluded.method, numerator = excluded.numerator, denominator = excluded.denominator,
                    version = indicator_value.version + 1
                """).param("region", region).param("year", year).param("set", setCode)
                .param("indicator", computed.indicatorCode()).param("value", computed.value().orElseThrow())
                .param("source", ComputeDecision.COMPUTED).param("actor", actor).param("method", computed.method().name())
                .param("numerator", computed.ratio().numerator()).param("denominator", computed.ratio().denominator())
                .update();
    }

    void removeComputed(String region, int year, String setCode, String indicatorCode) {
        jdbc.sql("""
                delete from indicator_value where region_code = :region and year = :year and set_code = :set
                  and indicator_code = :indicator and source = :source
                """).param("region", region).param("year", year).param("set", setCode).param("indicator", indicatorCode)
                .param("source", ComputeDecision.COMPUTED).update();
    }

    /** Counts numerator and denominator of one rule for a region (any level) and year. */
    Ratio count(ComputationRule rule, RegionCode region, int year) {
        return jdbc.sql(sql(rule.method())).param("year", year).param("low", region.lowestDescendant())
                .param("high", region.highestDescendant()).param("ageFrom", rule.ageFrom()).param("ageTo", rule.ageTo())
                .param("type", rule.facilityType())
                .query((rs, n) -> new Ratio(rs.getLong(1), rs.getLong(2))).single();
    }

    private static String sql(ComputationMethod method) {
        return switch (method) {
            case REGISTRY_BASIC_INSURANCE -> """
                    select count(*) filter (where (medical_insurance or coalesce(employee_medical_insurance, false))
                               and (pension_insurance or schooling is not null
                               or :year - extract(year from birth_month) < :ageFrom)), count(*)
                    from person where year = :year and village_code between :low and :high
                    """;
            case REGISTRY_MEDICAL_INSURANCE -> """
                    select count(*) filter (where medical_insurance or coalesce(employee_medical_insurance, false)),
                           count(*)
                    from person where year = :year and village_code between :low and :high
                    """;
            case REGISTRY_PENSION_INSURANCE -> """
                    select count(*) filter (where pension_insurance), count(*)
                    from person where year = :year and village_code between :low and :high
                      and schooling is null and :year - extract(year from birth_month) >= :ageFrom
                    """;
            case REGISTRY_SCHOOL_ATTENDANCE -> """
                    select count(*) filter (where schooling is not null), count(*)
                    from person where year = :year and village_code between :low and :high
                      and :year - extract(year from birth_month) between :ageFrom and :ageTo
                    """;
            case FACILITY_TAP_WATER_HOUSEHOLDS -> "with " + REPORTED_VILLAGES + """
                    select coalesce(sum(case when f.village_code is null then 0
                                        else least(coalesce(f.households_covered, v.households), v.households) end), 0),
                           coalesce(sum(v.households), 0)
                    from reported r join village_fact v on v.village_code = r.village_code and v.year = :year
                    left join village_facility f on f.village_code = r.village_code and f.year = :year
                      and f.facility_type = 'TAP_WATER' and f.facility_count > 0
                    """;
            case FACILITY_STANDARD_CLINIC_VILLAGES -> "with " + REPORTED_VILLAGES + """
                    select count(*) filter (where exists (select 1 from village_facility c where c.village_code = r.village_code
                               and c.year = :year and c.facility_type = 'CLINIC' and c.facility_count > 0 and c.meets_standard)
                           and exists (select 1 from village_facility d where d.village_code = r.village_code
                               and d.year = :year and d.facility_type = 'VILLAGE_DOCTOR' and d.facility_count > 0)),
                           count(*)
                    from reported r
                    """;
            case FACILITY_VILLAGE_SHARE -> "with " + REPORTED_VILLAGES + """
                    select count(*) filter (where exists (select 1 from village_facility f where f.village_code = r.village_code
                               and f.year = :year and f.facility_type = :type and f.facility_count > 0)), count(*)
                    from reported r
                    """;
        };
    }
}
