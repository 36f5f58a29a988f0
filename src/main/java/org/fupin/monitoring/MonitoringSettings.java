package org.fupin.monitoring;

import java.math.BigDecimal;
import java.util.List;
import org.fupin.identification.PolicyParameters;
import org.fupin.identification.domain.Policy;
import org.fupin.income.PovertyLine;
import org.fupin.income.PovertyLines;
import org.fupin.monitoring.domain.EarlyWarning;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.monitoring.domain.Timeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The monitoring range and limits in force for a year and region, read from data: {@code monitoring_range} (longest
 * matching prefix, exact year) and the MONITORING.* policy parameters. A missing range is an error.
 */
@Component
record MonitoringSettings(JdbcClient jdbc, PovertyLines lines, PolicyParameters parameters) {

    private record Row(String prefix, String basis, BigDecimal value, BigDecimal dibao, String source) {}

    Views.Range range(int year, String regionCode) {
        Row row = jdbc.sql("""
                select region_prefix, basis, value, dibao_monthly, source from monitoring_range
                where year = :year and :region like region_prefix || '%'
                order by length(region_prefix) desc limit 1
                """).param("year", year).param("region", regionCode)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getString(5))).optional()
                .orElseThrow(() -> new MonitoringException("NO_RANGE", year, regionCode));
        RangeRule rule = new RangeRule(RangeRule.Basis.valueOf(row.basis()), row.value());
        BigDecimal line = rule.basis() == RangeRule.Basis.POVERTY_LINE
                ? lines.applicable(year, regionCode).map(PovertyLine::amount)
                        .orElseThrow(() -> new MonitoringException("NO_LINE", year, regionCode)) : null;
        return new Views.Range(row.prefix(), year, rule.threshold(line, row.dibao()), row.source());
    }

    /**
     * Adds or replaces the range of a region prefix and year and keeps the setting in its history (the caller checks
     * scope and audits). With {@code seen} (optimistic locking, ADR 0031) only while the stored range has that
     * version (NONE: there is none); answers whether it was written.
     */
    boolean saveRange(String prefix, int year, RangeRule rule, BigDecimal dibaoMonthly, String source, String actor,
                      org.fupin.kernel.Seen seen) {
        boolean written = jdbc.sql("""
                insert into monitoring_range (region_prefix, year, basis, value, dibao_monthly, verified, source)
                values (:prefix, :year, :basis, :value, :dibao, false, :source)
                on conflict (region_prefix, year) do update set basis = excluded.basis, value = excluded.value,
                    dibao_monthly = excluded.dibao_monthly, verified = false, source = excluded.source,
                    version = monitoring_range.version + 1
                where not :check or monitoring_range.version = :seen
                """).param("prefix", prefix).param("year", year).param("basis", rule.basis().name())
                .param("value", rule.value()).param("dibao", dibaoMonthly).param("source", source)
                .param("check", seen != null).param("seen", seen == null ? null : seen.version(), java.sql.Types.INTEGER)
                .update() == 1;
        if (!written) return false;
        jdbc.sql("""
                insert into monitoring_range_history (region_prefix, year, basis, value, dibao_monthly, source, actor)
                values (:prefix, :year, :basis, :value, :dibao, :source, :actor)
                """).param("prefix", prefix).param("year", year).param("basis", rule.basis().name())
                .param("value", rule.value()).param("dibao", dibaoMonthly).param("source", source).param("actor", actor)
                .update();
        return true;
    }

    /** The stored ranges whose prefix is the region's own, one of its ancestors', or below it; newest year first. */
    List<Views.RangeSetting> settings(String regionCode, String regionPrefix) {
        return jdbc.sql("""
                select r.region_prefix, r.year, r.basis, r.value, r.dibao_monthly, r.source, r.verified,
                       h.actor, h.set_at, r.version
                from monitoring_range r
                left join lateral (select actor, set_at from monitoring_range_history x
                                   where x.region_prefix = r.region_prefix and x.year = r.year
                                   order by set_at desc, id desc limit 1) h on true
                where :region like r.region_prefix || '%' or r.region_prefix like :prefix || '%'
                order by r.year desc, length(r.region_prefix) desc, r.region_prefix
                """).param("region", regionCode).param("prefix", regionPrefix)
                .query(MonitoringSettings::setting).list();
    }

    /** A range setting from columns prefix, year, basis, value, dibao, source, verified, actor, set_at, version. */
    private static Views.RangeSetting setting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Timestamp setAt = rs.getTimestamp(9);
        return new Views.RangeSetting(rs.getString(1), rs.getInt(2), RangeRule.Basis.valueOf(rs.getString(3)),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                setAt == null ? null : setAt.toLocalDateTime(), (Integer) rs.getObject(10));
    }

    /** Every setting of a prefix's ranges, newest first. */
    List<Views.RangeSetting> history(String regionPrefix) {
        return jdbc.sql("""
                select region_prefix, year, basis, value, dibao_monthly, source, false, actor, set_at, null::int
                from monitoring_range_history where region_prefix = :prefix order by set_at desc, id desc
                """).param("prefix", regionPrefix)
                .query(MonitoringSettings::setting).list();
    }

    Timeliness.Limits timeliness(int year, String regionCode) {
        Policy p = parameters.policy(year, regionCode);
        return new Timeliness.Limits(p.value("MONITORING.DECISION_DAYS").intValueExact(), p.noticeDays("MONITORING"),
                p.value("MONITORING.MEASURE_MONTHS").intValueExact(),
                p.value("MONITORING.DEVELOPMENTAL_MONTHS").intValueExact());
    }

    int value(int year, String regionCode, String name) {
        return parameters.policy(year, regionCode).value("MONITORING." + name).intValueExact();
    }

    BigDecimal decimal(int year, String regionCode, String name) {
        return parameters.policy(year, regionCode).value("MONITORING." + name);
    }

    EarlyWarning.Limits warningLimits(int year, String regionCode) {
        Policy p = parameters.policy(year, regionCode);
        return new EarlyWarning.Limits(range(year, regionCode).amount(), p.value("MONITORING.NEAR_PERCENT"),
                p.value("MONITORING.DROP_PERCENT"), p.value("MONITORING.MEDICAL_SHARE_PERCENT"));
    }
}
