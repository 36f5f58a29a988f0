package org.fupin.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.audit.AuditLog;
import org.fupin.indicators.domain.ComputationRule;
import org.fupin.indicators.domain.ComputeDecision;
import org.fupin.indicators.domain.Ratio;
import org.fupin.region.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Computes the mapped indicators of a set for one region and year and stores them with their basis (called by
 * {@link Indicators#compute}, inside its transaction). Values entered by hand are kept unless overwriting is asked.
 */
@Component
record Computations(ComputationRepository repository, AuditLog audit) {

    ComputeResult run(RegionCode region, int year, String setCode, String actor, boolean overwrite) {
        Map<String, ComputationRepository.Stored> stored = repository.stored(region.value(), year, setCode);
        List<ComputeResult.Line> lines = new ArrayList<>();
        for (ComputationRule rule : repository.rules(setCode)) {
            Ratio.Computed computed = new Ratio.Computed(rule.indicatorCode(), rule.method(),
                    repository.count(rule, region, year));
            ComputationRepository.Stored before = stored.get(rule.indicatorCode());
            ComputeDecision decision = ComputeDecision.decide(before == null ? null : before.source(),
                    computed.value().isPresent(), overwrite);
            switch (decision) {
                case SAVE -> repository.saveComputed(region.value(), year, setCode, computed, actor);
                case REMOVE_STALE -> repository.removeComputed(region.value(), year, setCode, rule.indicatorCode());
                default -> { }
            }
            lines.add(new ComputeResult.Line(rule.indicatorCode(), rule.method(), rule.method().unit(),
                    computed.ratio().numerator(), computed.ratio().denominator(), computed.value().orElse(null), decision));
        }
        audit.record("INDICATOR_COMPUTE", region.value() + "/" + year + "/" + setCode, summary(lines, overwrite));
        return new ComputeResult(region.value(), year, setCode, lines);
    }

    /** For pages: per indicator code, the basis of its stored computed value. */
    Map<String, Indicators.Basis> bases(RegionCode region, int year, String setCode) {
        Map<String, Indicators.Basis> out = new LinkedHashMap<>();
        repository.stored(region.value(), year, setCode).forEach((code, s) -> {
            if (s.method() != null) out.put(code, new Indicators.Basis(s.method(), s.method().unit(),
                    s.numerator().longValue(), s.denominator().longValue()));
        });
        return out;
    }

    List<ComputationRule> rules(String setCode) {
        return repository.rules(setCode);
    }

    private static String summary(List<ComputeResult.Line> lines, boolean overwrite) {
        StringBuilder out = new StringBuilder(overwrite ? "overwrite;" : "");
        for (ComputeResult.Line l : lines) {
            out.append(' ').append(l.indicatorCode()).append('=').append(l.decision()).append(' ')
                    .append(l.numerator()).append('/').append(l.denominator());
        }
        return out.toString().strip();
    }
}
