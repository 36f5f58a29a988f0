package org.fupin.indicators;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.indicators.domain.Direction;
import org.fupin.indicators.domain.Indicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicator sets and the values entered, imported or computed per region and year. */
@Repository
class IndicatorRepository {

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    List<Indicator> set(String setCode) {
        return jdbc.sql("""
                select code, area, name, unit, weight, direction, target, lower, upper, lower_limit, upper_limit,
                       parent_code, verified
                from indicator where set_code = :set order by position, code
                """).param("set", setCode).query((rs, n) -> new Indicator(rs.getString("code"), rs.getString("area"),
                rs.getString("name"), rs.getString("unit"), rs.getBigDecimal("weight"),
                Direction.valueOf(rs.getString("direction")), rs.getBigDecimal("target"), rs.getBigDecimal("lower"),
                rs.getBigDecimal("upper"), rs.getBigDecimal("lower_limit"), rs.getBigDecimal("upper_limit"),
                rs.getString("parent_code"), rs.getBoolean("verified"))).list();
    }

    boolean setExists(String setCode) {
        return jdbc.sql("select exists (select 1 from indicator_set where code = :set)").param("set", setCode)
                .query(Boolean.class).single();
    }

    Map<String, BigDecimal> values(String regionCode, int year, String setCode) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.sql("""
                select indicator_code, value from indicator_value
                where region_code = :region and year = :year and set_code = :set
                """).param("region", regionCode).param("year", year).param("set", setCode)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return values;
    }

    List<Integer> years(String regionCode, String setCode) {
        return jdbc.sql("""
                select distinct year from indicator_value where region_code = :region and set_code = :set order by year
                """).param("region", regionCode).param("set", setCode).query(Integer.class).list();
    }

    void save(String regionCode, int year, String setCode, String indicatorCode, BigDecimal value, String source,
              String actor) {
        jdbc.sql("""
                insert into indicator_value (region_code, year, set_code, indicator_code, value, source, updated_by)
                values (:region, :year, :set, :indicator, :value, :source, :actor)
                on conflict (region_code, year, set_code, indicator_code) do update set value = excluded.value,
                    source = excluded.source, updated_by = excluded.updated_by, updated_at = now()
                """).param("region", regionCode).param("year", year).param("set", setCode)
                .param("indicator", indicatorCode).param("value", value).param("source", source).param("actor", actor)
                .update();
    }
}
