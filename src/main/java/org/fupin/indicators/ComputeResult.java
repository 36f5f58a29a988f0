package org.fupin.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.fupin.indicators.domain.ComputationMethod;
import org.fupin.indicators.domain.ComputeDecision;

/**
 * What one computation did for a region and year: per mapped indicator, the method, the counted numerator and
 * denominator, the percentage (null when nothing was counted) and whether it was stored.
 */
public record ComputeResult(String region, int year, String set, List<Line> lines) {

    public record Line(String indicatorCode, ComputationMethod method, ComputationMethod.Unit unit, long numerator,
                       long denominator, BigDecimal value, ComputeDecision decision) {}

    public long saved() {
        return lines.stream().filter(l -> l.decision() == ComputeDecision.SAVE).count();
    }
}
