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
