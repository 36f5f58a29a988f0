package org.fupin.identification;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.identification.domain.ExclusionRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** policy_parameter, western_province, exclusion_rule and exclusion_fact. */
@Repository
class ParameterRepository {

    private final JdbcClient jdbc;

    ParameterRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** The value in force of every parameter: longest matching prefix first, then the latest year_from. */
    Map<String, BigDecimal> values(int year, String regionCode) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (name) name, value from policy_parameter
                where year_from <= :year and :region like region_prefix || '%'
                order by name, length(region_prefix) desc, year_from desc
                """).param("year", year).param("region", regionCode)
                .query(rs -> { values.put(rs.getString(1), rs.getBigDecimal(2)); });
        return values;
    }

    record Parameter(String name, String regionPrefix, int yearFrom, BigDecimal value, String source) {}

    List<Parameter> all() {
        return jdbc.sql("select * from policy_parameter order by name, region_prefix, year_from")
                .query((rs, n) -> new Parameter(rs.getString("name"), rs.getString("region_prefix"),
                        rs.getInt("year_from"), rs.getBigDecimal("value"), rs.getString("source"))).list();
    }

    /** Adds or replaces a parameter; with {@code seen} only while it has that version (ADR 0031). Written? */
    boolean save(Parameter p, org.fupin.kernel.Seen seen) {
        return jdbc.sql("""
                insert into policy_parameter (name, region_prefix, year_from, value, source)
                values (:name, :prefix, :year, :value, :source)
                on conflict (name, region_prefix, year_from) do update set value = excluded.value, source = excluded.source,
                    version = policy_parameter.version + 1
                where not :check or policy_parameter.version = :seen
                """).param("name", p.name()).param("prefix", p.regionPrefix()).param("year", p.yearFrom())
                .param("value", p.value()).param("source", p.source()).param("check", seen != null)
                .param("seen", seen == null ? null : seen.version(), java.sql.Types.INTEGER).update() == 1;
    }

    /** The version of every parameter by {@link PolicyParameters#parameterKey}. */
    Map<String, Integer> versions() {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.sql("select name, region_prefix, year_from, version from policy_parameter").query(rs -> {
            out.put(PolicyParameters.parameterKey(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getInt(4));
        });
        return out;
    }

    boolean isWestern(String regionCode) {
        return jdbc.sql("select exists (select 1 from western_province where province_prefix = substr(:region, 1, 2))")
                .param("region", regionCode).query(Boolean.class).single();
    }

    List<ExclusionRules.Rule> rules() {
        return jdbc.sql("select code, label from exclusion_rule order by sort_order")
                .query((rs, n) -> new ExclusionRules.Rule(rs.getString(1), rs.getString(2))).list();
    }

    Map<String, String> exclusionFindings(String villageCode, int year, String householdNumber) {
        Map<String, String> findings = new LinkedHashMap<>();
        jdbc.sql("""
                select rule_code, string_agg(detail || case when source = '' then '' else ' (' || source || ')' end, '; '
                                             order by id) from exclusion_fact
                where village_code = :village and year = :year and household_number = :number group by rule_code
                """).param("village", villageCode).param("year", year).param("number", householdNumber)
                .query(rs -> { findings.put(rs.getString(1), rs.getString(2)); });
        return findings;
    }

    void insertExclusionFact(String villageCode, int year, String householdNumber, String rule, String detail,
                             String source, String actor) {
        jdbc.sql("""
                insert into exclusion_fact (county_code, village_code, year, household_number, rule_code, detail,
                    source, recorded_by)
                values (left(:village, 6), :village, :year, :number, :rule, :detail, :source, :actor)
                """).param("village", villageCode).param("year", year).param("number", householdNumber)
                .param("rule", rule).param("detail", detail).param("source", source).param("actor", actor).update();
    }
}
