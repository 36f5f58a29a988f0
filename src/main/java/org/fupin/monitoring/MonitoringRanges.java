package org.fupin.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.region.RegionCode;
import org.fupin.audit.AuditLog;
import org.fupin.kernel.Seen;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The monitoring range (监测范围) per region prefix and year, as data: read it, and set it for one's own area. */
@Service
public class MonitoringRanges {

    private final MonitoringSettings settings;
    private final AuditLog audit;

    MonitoringRanges(MonitoringSettings settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** The range in force for a region in a year, with how it was computed. */
    @Transactional(readOnly = true)
    public Views.Range range(int year, String regionCode) {
        return settings.range(year, regionCode);
    }

    /** The range in force for a region in a year, or empty when none is set for it or any region above it. */
    @Transactional(readOnly = true)
    public Optional<Views.Range> find(int year, String regionCode) {
        try {
            return Optional.of(settings.range(year, regionCode));
        } catch (MonitoringException e) {
            if (e.code().equals("NO_RANGE")) return Optional.empty();
            throw e;
        }
    }

    /** For each year from {@code from} to {@code to}, newest first, the range that applies to the region (or none). */
    @Transactional(readOnly = true)
    public List<Views.YearRange> years(RegionScope scope, String regionCode, int from, int to) {
        String code = scope.require(regionCode).value();
        List<Views.YearRange> years = new ArrayList<>();
        for (int year = to; year >= from; year--) years.add(new Views.YearRange(year, find(year, code).orElse(null)));
        return years;
    }

    /** The stored settings that bear on a region: its own, its ancestors' and those below it. */
    @Transactional(readOnly = true)
    public List<Views.RangeSetting> settings(RegionScope scope, String regionCode) {
        RegionCode code = scope.require(regionCode);
        return settings.settings(code.value(), code.prefix());
    }

    /** Every setting ever made for a region's own prefix, newest first. */
    @Transactional(readOnly = true)
    public List<Views.RangeSetting> history(RegionScope scope, String regionCode) {
        return settings.history(scope.require(regionCode).prefix());
    }

    /** Sets the range of a region (its code: the range applies to its prefix) for a year; see below. */
    @Transactional
    public Views.Range setRangeOf(RegionScope scope, String regionCode, int year, RangeRule rule,
                                  BigDecimal dibaoMonthly, String source, String actor) {
        return setRange(scope, scope.require(regionCode).prefix(), year, rule, dibaoMonthly, source, actor, null);
    }

    /**
     * As {@link #setRangeOf}, from a form or body that read the setting at version {@code seen} (NONE: it read none);
     * refused with RANGE_STALE, naming the range now and who set it, when the setting has changed since (ADR 0031).
     */
    @Transactional
    public Views.Range setRangeOf(RegionScope scope, String regionCode, int year, RangeRule rule,
                                  BigDecimal dibaoMonthly, String source, String actor, Seen seen) {
        return setRange(scope, scope.require(regionCode).prefix(), year, rule, dibaoMonthly, source, actor, seen);
    }

    @Transactional
    public Views.Range setRange(RegionScope scope, String prefix, int year, RangeRule rule, BigDecimal dibaoMonthly,
                                String source, String actor) {
        return setRange(scope, prefix, year, rule, dibaoMonthly, source, actor, null);
    }

    /**
     * Sets the range of {@code prefix} (a province, city or county code prefix inside the caller's scope) for a
     * year: an amount, or a factor of the poverty line, or a factor of the monthly 农村低保 standard given here.
     */
    @Transactional
    public Views.Range setRange(RegionScope scope, String prefix, int year, RangeRule rule, BigDecimal dibaoMonthly,
                                String source, String actor, Seen seen) {
        if (prefix == null || !prefix.matches("[0-9]{0,12}") || !prefix.startsWith(scope.prefix())) {
            throw new MonitoringException("PREFIX_OUTSIDE_SCOPE", prefix);
        }
        if (rule.basis() == RangeRule.Basis.DIBAO_MONTHLY && (dibaoMonthly == null || dibaoMonthly.signum() <= 0)) {
            throw new MonitoringException("DIBAO_MISSING");
        }
        String region = (prefix + "000000000000").substring(0, 12);
        if (!settings.saveRange(prefix, year, rule, dibaoMonthly, source == null ? "" : source.strip(), actor, seen)) {
            Views.RangeSetting now = settings.settings(region, prefix).stream()
                    .filter(s -> s.regionPrefix().equals(prefix) && s.year() == year).findFirst().orElseThrow();
            throw new MonitoringException("RANGE_STALE", String.valueOf(year),
                    settings.range(year, region).amount().toPlainString(), now.actor() == null ? "-" : now.actor(),
                    String.valueOf(now.version()));
        }
        Views.Range range = settings.range(year, region);
        audit.record(actor, "MONITORING_RANGE", prefix.isEmpty() ? "*" : prefix,
                year + " " + rule.basis() + " " + rule.value() + " = " + range.amount());
        return range;
    }
}
