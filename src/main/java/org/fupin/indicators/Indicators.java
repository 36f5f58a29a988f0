package org.fupin.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fupin.audit.AuditLog;
import org.fupin.indicators.domain.Attainment;
import org.fupin.indicators.domain.AttainmentCalculator;
import org.fupin.indicators.domain.ComputationMethod;
import org.fupin.indicators.domain.ComputationRule;
import org.fupin.indicators.domain.Indicator;
import org.fupin.kernel.Seen;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's 小康 monitoring: indicator sets (data, versioned by set code), values per region and year, and the
 * attainment computed by the pure {@link AttainmentCalculator}. Pages, REST and CLI call these methods.
 */
@Service
public class Indicators {

    /** The national 2013 set seeded by the migrations. */
    public static final String NATIONAL_2013 = "NBS2013";

    /** One year's total for a trend line. */
    public record YearTotal(int year, BigDecimal total, int atTarget) {}

    /** A region's attainment in one year, with the values it was computed from. */
    public record Report(String region, int year, String set, Attainment attainment, Map<String, BigDecimal> actuals) {}

    /** What a stored computed value was computed from: "numerator / denominator unit", by method. */
    public record Basis(ComputationMethod method, ComputationMethod.Unit unit, long numerator, long denominator) {}

    private final IndicatorRepository repository;
    private final AuditLog audit;
    private final Computations computations;

    Indicators(IndicatorRepository repository, AuditLog audit, Computations computations) {
        this.repository = repository;
        this.audit = audit;
        this.computations = computations;
    }

    public List<Indicator> set(String setCode) {
        return repository.set(setCode);
    }

    public boolean setExists(String setCode) {
        return repository.setExists(setCode);
    }

    @Transactional(readOnly = true)
    public Report attainment(RegionScope scope, String regionCode, int year, String setCode) {
        RegionCode region = scope.require(regionCode);
        Map<String, BigDecimal> actuals = repository.values(region.value(), year, setCode);
        return new Report(region.value(), year, setCode,
                AttainmentCalculator.evaluate(repository.set(setCode), actuals), actuals);
    }

    @Transactional(readOnly = true)
    public List<YearTotal> trend(RegionScope scope, String regionCode, String setCode) {
        RegionCode region = scope.require(regionCode);
        List<Indicator> set = repository.set(setCode);
        List<YearTotal> out = new ArrayList<>();
        for (int year : repository.years(region.value(), setCode)) {
            Attainment a = AttainmentCalculator.evaluate(set, repository.values(region.value(), year, setCode));
            out.add(new YearTotal(year, a.total(), a.atTarget()));
        }
        return out;
    }

    /**
     * Creates or replaces an indicator set (a province's county-level table); answers the codes of indicators that
     * the new table drops but that still have values (then nothing is removed and the caller reports them).
     */
    @Transactional
    public List<String> saveSet(String code, String name, String source, List<Indicator> indicators) {
        AttainmentCalculator.evaluate(indicators, Map.of());
        repository.saveSet(code, name, source);
        for (int i = 0; i < indicators.size(); i++) repository.saveIndicator(code, i + 1, indicators.get(i));
        List<String> kept = repository.removeOthers(code, indicators.stream().map(Indicator::code)
                .collect(java.util.stream.Collectors.toSet()));
        audit.record("INDICATOR_SET", code, indicators.size() + " indicators from " + source);
        return kept;
    }

    /** One region's total next to its neighbours' (the children of a region, for rankings). */
    public record RegionTotal(String region, BigDecimal total, int atTarget, int missing) {}

    /** The attainment of every given region in one year, best first; regions without values come last. */
    @Transactional(readOnly = true)
    public List<RegionTotal> compare(RegionScope scope, List<String> regionCodes, int year, String setCode) {
        List<Indicator> set = repository.set(setCode);
        List<RegionTotal> out = new ArrayList<>();
        for (String code : regionCodes) {
            Attainment a = AttainmentCalculator.evaluate(set, repository.values(scope.require(code).value(), year, setCode));
            out.add(new RegionTotal(code, a.total(), a.atTarget(), a.missing().size()));
        }
        out.sort(java.util.Comparator.comparing(RegionTotal::total,
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        return out;
    }

    /** The version of each stored value of a region-year (indicator code → version): the entry form carries them. */
    @Transactional(readOnly = true)
    public Map<String, Integer> versions(RegionScope scope, String regionCode, int year, String setCode) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        repository.stored(scope.require(regionCode).value(), year, setCode, false)
                .forEach((code, stored) -> out.put(code, stored.version()));
        return out;
    }

    /** An indicator whose value changed after the form was read, with its value now (null: none). */
    public record Changed(String indicatorCode, BigDecimal now) {}

    /**
     * Optimistic locking (issue #23, ADR 0031): enters or corrects values from a form that read them at the versions
     * {@code seen} (indicator code → version; a code not in it had no value). When any value to save has changed
     * since, nothing is written and the changed indicators are answered; else the values are saved (audited) and the
     * answer is empty.
     */
    @Transactional
    public List<Changed> save(RegionScope scope, String regionCode, int year, String setCode,
                              Map<String, BigDecimal> values, Map<String, Integer> seen, String source, String actor) {
        RegionCode region = scope.require(regionCode);
        Map<String, IndicatorRepository.Stored> stored = repository.stored(region.value(), year, setCode, true);
        List<Changed> changed = values.keySet().stream()
                .filter(code -> !Seen.ofNullable(seen.get(code)).matches(stored.containsKey(code) ? stored.get(code).version() : null))
                .map(code -> new Changed(code, stored.containsKey(code) ? stored.get(code).value() : null)).toList();
        if (!changed.isEmpty()) return changed;
        for (Map.Entry<String, BigDecimal> v : values.entrySet()) {
            if (!repository.save(region.value(), year, setCode, v.getKey(), v.getValue(), source, actor,
                    Seen.ofNullable(seen.get(v.getKey())))) {
                // a value entered by someone else in the meantime where none was: undo this save as a whole
                org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus()
                        .setRollbackOnly();
                return List.of(new Changed(v.getKey(), null));
            }
        }
        audit.record("INDICATOR_VALUES", region.value() + "/" + year + "/" + setCode, source + " " + values.size());
        return List.of();
    }

    /** Enters or corrects values (an entry form or an import); audited. */
    @Transactional
    public void save(RegionScope scope, String regionCode, int year, String setCode, Map<String, BigDecimal> values,
                     String source, String actor) {
        RegionCode region = scope.require(regionCode);
        values.forEach((code, value) -> repository.save(region.value(), year, setCode, code, value, source, actor));
        audit.record("INDICATOR_VALUES", region.value() + "/" + year + "/" + setCode, source + " " + values.size());
    }

    /**
     * Computes the indicators that the set maps to a method (table {@code indicator_computation}) for a region and
     * year from the registry and the village facilities, and stores them with source COMPUTED and their numerator
     * and denominator; values entered by hand or imported are kept unless {@code overwrite}. Audited. A set without
     * mapped indicators (or an unknown one) computes nothing.
     */
    @Transactional
    public ComputeResult compute(RegionScope scope, String regionCode, int year, String setCode, String actor,
                                 boolean overwrite) {
        return computations.run(scope.require(regionCode), year, setCode, actor, overwrite);
    }

    /** The indicators of a set that can be computed, with their method and its parameters. */
    public List<ComputationRule> computable(String setCode) {
        return computations.rules(setCode);
    }

    /** Per indicator code, what the stored computed values of a region and year were computed from. */
    @Transactional(readOnly = true)
    public Map<String, Basis> bases(RegionScope scope, String regionCode, int year, String setCode) {
        return computations.bases(scope.require(regionCode), year, setCode);
    }
}
