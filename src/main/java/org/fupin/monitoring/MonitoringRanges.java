package org.fupin.monitoring;

import java.math.BigDecimal;
import org.fupin.audit.AuditLog;
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

    /**
     * Sets the range of {@code prefix} (a province, city or county code prefix inside the caller's scope) for a
     * year: an amount, or a factor of the poverty line, or a factor of the monthly 农村低保 standard given here.
     */
    @Transactional
    public Views.Range setRange(RegionScope scope, String prefix, int year, RangeRule rule, BigDecimal dibaoMonthly,
                                String source, String actor) {
        if (prefix == null || !prefix.matches("[0-9]{0,12}") || !prefix.startsWith(scope.prefix())) {
            throw new MonitoringException("PREFIX_OUTSIDE_SCOPE", prefix);
        }
        if (rule.basis() == RangeRule.Basis.DIBAO_MONTHLY && (dibaoMonthly == null || dibaoMonthly.signum() <= 0)) {
            throw new MonitoringException("DIBAO_MISSING");
        }
        settings.saveRange(prefix, year, rule, dibaoMonthly, source == null ? "" : source.strip());
        String region = (prefix + "000000000000").substring(0, 12);
        Views.Range range = settings.range(year, region);
        audit.record(actor, "MONITORING_RANGE", prefix.isEmpty() ? "*" : prefix,
                year + " " + rule.basis() + " " + rule.value() + " = " + range.amount());
        return range;
    }
}
