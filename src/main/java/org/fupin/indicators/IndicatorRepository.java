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

    void saveSet(String code, String name, String source) {
        jdbc.sql("""
                insert into indicator_set (code, name, source) values (:code, :name, :source)
                on conflict (code) do update set name = excluded.name, source = excluded.source
                """).param("code", code).param("name", name).param("source", source).update();
    }

    void saveIndicator(String setCode, int position, Indicator i) {
        jdbc.sql("""
                insert into indicator (set_code, code, position, area, name, unit, weight, direction, target, lower, upper,
                                       lower_limit, upper_limit, parent_code, verified)
                values (:set, :code, :position, :area, :name, :unit, :weight, :direction, :target, :lower, :upper,
                        :lowerLimit, :upperLimit, :parent, :verified)
                on conflict (set_code, code) do update set position = excluded.position, area = excluded.area,
                    name = excluded.name, unit = excluded.unit, weight = excluded.weight, direction = excluded.direction,
                    target = excluded.target, lower = excluded.lower, upper = excluded.upper,
                    lower_limit = excluded.lower_limit, upper_limit = excluded.upper_limit,
                    parent_code = excluded.parent_code, verified = excluded.verified
                """).param("set", setCode).param("code", i.code()).param("position", position).param("area", i.area())
                .param("name", i.name()).param("unit", i.unit() == null ? "" : i.unit()).param("weight", i.weight())
                .param("direction", i.direction().name()).param("target", i.target()).param("lower", i.lower())
                .param("upper", i.upper()).param("lowerLimit", i.lowerLimit()).param("upperLimit", i.upperLimit())
                .param("parent", i.parentCode()).param("verified", i.verified()).update();
    }

    /** Indicators of the set that are not in {@code keep}; those with values cannot be removed. */
    List<String> removeOthers(String setCode, java.util.Set<String> keep) {
        List<String> withValues = jdbc.sql("""
                select distinct i.code from indicator i join indicator_value v
                  on v.set_code = i.set_code and v.indicator_code = i.code
                where i.set_code = :set and not (i.code = any(:keep))
                """).param("set", setCode).param("keep", keep.toArray(new String[0])).query(String.class).list();
        if (withValues.isEmpty()) {
            jdbc.sql("delete from indicator where set_code = :set and not (code = any(:keep))")
                    .param("set", setCode).param("keep", keep.toArray(new String[0])).update();
        }
        return withValues;
    }

    void save(String regionCode, int year, String setCode, String indicatorCode, BigDecimal value, String source,
              String actor) {
        save(regionCode, year, setCode, indicatorCode, value, source, actor, null);
    }

    /**
     * Enters or replaces a value; with {@code seen} (optimistic locking, ADR 0031) only while the stored value has
     * that version (NONE: there is none). Answers whether it was written.
     */
    boolean save(String regionCode, int year, String setCode, String indicatorCode, BigDecimal value, String source,
                 String actor, org.fupin.kernel.Seen seen) {
        return jdbc.sql("""
                insert into indicator_value (county_code, region_code, year, set_code, indicator_code, value, source,
                                             updated_by)
                values (left(:region, 6), :region, :year, :set, :indicator, :value, :source, :actor)
                on conflict (county_code, region_code, year, set_code, indicator_code)
                do update set value = excluded.value,
                    source = excluded.source, updated_by = excluded.updated_by, updated_at = now(),
                    method = null, numerator = null, denominator = null, version = indicator_value.version + 1
                where not :check or indicator_value.version = :seen
                """).param("region", regionCode).param("year", year).param("set", setCode)
                .param("indicator", indicatorCode).param("value", value).param("source", source).param("actor", actor)
                .param("check", seen != null).param("seen", seen == null ? null : seen.version(), java.sql.Types.INTEGER)
                .update() == 1;
    }

    /** A stored value and its version. */
    record Stored(BigDecimal value, int version) {}

    /** The stored values of a region-year by indicator code, locked until the transaction ends when {@code lock}. */
    Map<String, Stored> stored(String regionCode, int year, String setCode, boolean lock) {
        Map<String, Stored> out = new LinkedHashMap<>();
        jdbc.sql("""
                select indicator_code, value, version from indicator_value
                where region_code = :region and year = :year and set_code = :set
                """ + (lock ? " for update" : "")).param("region", regionCode).param("year", year).param("set", setCode)
                .query(rs -> {
                    out.put(rs.getString(1), new Stored(rs.getBigDecimal(2), rs.getInt(3)));
                });
        return out;
    }
}
