package org.fupin.identification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fupin.audit.AuditLog;
import org.fupin.identification.domain.ExclusionRules;
import org.fupin.identification.domain.Policy;
import org.fupin.income.PovertyLine;
import org.fupin.income.PovertyLines;
import org.fupin.kernel.Seen;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lines and parameters of identification and exit as data, versioned by year and region prefix: the poverty line of
 * each standard, the western provinces, notice and step durations, exit settings, thresholds, and which exclusion
 * rules the county enables (with the findings it recorded per household).
 */
@Service
public class PolicyParameters {

    /** A stored parameter row. */
    public record Parameter(String name, String regionPrefix, int yearFrom, BigDecimal value, String source) {}

    private final ParameterRepository repository;
    private final PovertyLines lines;
    private final AuditLog audit;

    PolicyParameters(ParameterRepository repository, PovertyLines lines, AuditLog audit) {
        this.repository = repository;
        this.lines = lines;
        this.audit = audit;
    }

    /** Everything in force for {@code year} in {@code regionCode}. */
    @Transactional(readOnly = true)
    public Policy policy(int year, String regionCode) {
        Map<String, BigDecimal> values = repository.values(year, regionCode);
        List<ExclusionRules.Rule> enabled = repository.rules().stream()
                .filter(r -> values.getOrDefault("EXCLUSION." + r.code(), BigDecimal.ZERO).signum() != 0).toList();
        PovertyLine line = lines.applicable(year, regionCode).orElse(null);
        return new Policy(year, regionCode, line == null ? null : line.amount(), line == null ? null : line.standard(),
                repository.isWestern(regionCode), values, enabled);
    }

    @Transactional(readOnly = true)
    public List<Parameter> parameters() {
        return repository.all().stream().map(p -> new Parameter(p.name(), p.regionPrefix(), p.yearFrom(), p.value(),
                p.source())).toList();
    }

    /** The version of every parameter by {@link #parameterKey}: the page that sets parameters carries them. */
    @Transactional(readOnly = true)
    public Map<String, Integer> parameterVersions() {
        return repository.versions();
    }

    /** The version of every poverty line by {@link PovertyLines#key}. */
    @Transactional(readOnly = true)
    public Map<String, Integer> lineVersions() {
        return lines.versions();
    }

    /** A parameter's key among the versions. */
    public static String parameterKey(String name, String regionPrefix, int yearFrom) {
        return name + "|" + regionPrefix + "|" + yearFrom;
    }

    @Transactional(readOnly = true)
    public List<PovertyLines.Entry> povertyLines() {
        return lines.all();
    }

    @Transactional(readOnly = true)
    public List<ExclusionRules.Rule> exclusionRules() {
        return repository.rules();
    }

    /**
     * Sets a parameter from {@code yearFrom} on for the regions under {@code regionPrefix} ('' = everywhere); a
     * user may set it only for a prefix inside their own scope (a county for its county, the system for all).
     */
    public void setParameter(RegionScope scope, Parameter p, String actor) {
        setParameter(scope, p, actor, null);
    }

    /**
     * As {@link #setParameter}, from a page that listed the parameter at version {@code seen} (NONE: it listed none);
     * refused with PARAMETER_STALE, naming the value now, when it has changed since (ADR 0031).
     */
    @Transactional
    public void setParameter(RegionScope scope, Parameter p, String actor, Seen seen) {
        if (!p.name().matches("[A-Z_.]{2,80}") || !p.regionPrefix().matches("[0-9]{0,12}") || p.value() == null) {
            throw new CaseException("BAD_PARAMETER", p.name(), p.regionPrefix());
        }
        if (!p.regionPrefix().startsWith(scope.prefix())) throw new CaseException("PREFIX_OUTSIDE_SCOPE", p.regionPrefix());
        if (!repository.save(new ParameterRepository.Parameter(p.name(), p.regionPrefix(), p.yearFrom(), p.value(),
                p.source()), seen)) {
            ParameterRepository.Parameter now = repository.all().stream().filter(x -> x.name().equals(p.name())
                    && x.regionPrefix().equals(p.regionPrefix()) && x.yearFrom() == p.yearFrom()).findFirst().orElseThrow();
            throw new CaseException("PARAMETER_STALE", p.name(), p.regionPrefix(), String.valueOf(p.yearFrom()),
                    now.value().toPlainString(), now.source());
        }
        audit.record(actor, "SET_PARAMETER", p.name(), p.regionPrefix() + " from " + p.yearFrom() + " = " + p.value());
    }

    /** Adds or replaces a poverty line of a year, standard and region prefix. */
    public void setPovertyLine(RegionScope scope, PovertyLines.Entry line, String actor) {
        setPovertyLine(scope, line, actor, null);
    }

    /**
     * As {@link #setPovertyLine}, from a page that listed the line at version {@code seen} (NONE: it listed none);
     * refused with LINE_STALE, naming the amount now, when it has changed since (ADR 0031).
     */
    @Transactional
    public void setPovertyLine(RegionScope scope, PovertyLines.Entry line, String actor, Seen seen) {
        if (line.amount() == null || line.amount().signum() <= 0 || !line.regionPrefix().matches("[0-9]{0,12}")) {
            throw new CaseException("BAD_LINE", line.year(), line.regionPrefix());
        }
        if (!line.regionPrefix().startsWith(scope.prefix())) throw new CaseException("PREFIX_OUTSIDE_SCOPE", line.regionPrefix());
        if (!lines.save(line, seen)) {
            PovertyLines.Entry now = lines.all().stream().filter(x -> x.year() == line.year()
                    && x.standard().equals(line.standard()) && x.regionPrefix().equals(line.regionPrefix()))
                    .findFirst().orElseThrow();
            throw new CaseException("LINE_STALE", String.valueOf(line.year()), line.standard(), line.regionPrefix(),
                    now.amount().toPlainString(), now.source());
        }
        audit.record(actor, "SET_POVERTY_LINE", line.year() + "/" + line.standard() + "/" + line.regionPrefix(),
                line.amount().toPlainString());
    }

    /** Records a 比对 finding against an exclusion rule for a household-year (e.g. from 不动产 data). */
    @Transactional
    public void recordExclusionFinding(RegionScope scope, String villageCode, int year, String householdNumber,
                                       String ruleCode, String detail, String source, String actor) {
        scope.require(villageCode);
        repository.insertExclusionFact(villageCode, year, householdNumber, ruleCode, detail == null ? "" : detail,
                source == null ? "" : source, actor);
        audit.record(actor, "EXCLUSION_FINDING", villageCode + "/" + year + "/" + householdNumber, ruleCode);
    }

    /** Rule code → what was found, for the rules with findings. */
    @Transactional(readOnly = true)
    public Map<String, String> exclusionFindings(String villageCode, int year, String householdNumber) {
        return repository.exclusionFindings(villageCode, year, householdNumber);
    }
}
