package org.fupin.indicators.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes 实现程度 (attainment) per indicators-and-scale.md §1.3: per indicator Z in percent (0–100, capped, never
 * negative), per area and in total the weight-normalised Σ wᵢZᵢ / Σ wᵢ over the top-level indicators that have a
 * value, the count at 100 and the gap ranking by weight × shortfall. All percentages are at scale 4 (HALF_UP);
 * intermediate divisions use {@link java.math.MathContext#DECIMAL64}. Pure: no I/O, no clock.
 */
public final class AttainmentCalculator {

    /** 100 percent. */
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The scale of every percentage produced here. */
    static final int SCALE = 4;

    private AttainmentCalculator() {}

    /**
     * Evaluates a set — its top-level indicators and the sub-indicators of its composites — against the actual
     * values by indicator code (in each indicator's unit; absent or null means missing; unknown codes are ignored).
     * A composite with sub-indicators is the weighted average of the sub-indicators that have a value (none → missing);
     * a composite without sub-indicators in the set is scored from its own actual value as an index.
     *
     * @throws IllegalArgumentException on duplicate codes or a parentCode that is not a top-level composite of the set
     */
    public static Attainment evaluate(List<Indicator> set, Map<String, BigDecimal> actuals) {
        Objects.requireNonNull(actuals, "actuals");
        Map<String, List<Indicator>> children = childrenByParent(set);
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : set) {
            if (indicator.isTopLevel()) results.add(resultOf(indicator, children.get(indicator.code()), actuals));
        }
        List<IndicatorResult> scored = results.stream().filter(r -> r.attainment() != null).toList();
        List<String> missing = results.stream().filter(r -> r.attainment() == null)
                .map(r -> r.indicator().code()).toList();
        int atTarget = (int) results.stream().filter(IndicatorResult::atTarget).count();
        return new Attainment(results, byArea(results), weightedMean(scored), atTarget, missing, gaps(scored));
    }

    /**
     * One indicator's attainment Z (§1.3) in percent, scale 4, capped at 100 and never negative; null when
     * {@code actual} is null. A {@link Direction#COMPOSITE} given an actual value directly is scored as an index
     * against its target (100 when the target is null), like a positive indicator.
     */
    public static BigDecimal attainment(Indicator indicator, BigDecimal actual) {
        Objects.requireNonNull(indicator, "indicator");
        if (actual == null) return null;
        BigDecimal z = switch (indicator.direction()) {
            case POSITIVE -> Formulas.positive(actual, indicator.target());
            case NEGATIVE -> Formulas.negative(actual, indicator.target());
            case INTERVAL -> Formulas.interval(actual, indicator);
            case COMPOSITE -> Formulas.positive(actual, indicator.target() == null ? HUNDRED : indicator.target());
        };
        return Formulas.clampAndScale(z);
    }

    /** Sub-indicators by parent code, in set order; validates codes and parents. */
    private static Map<String, List<Indicator>> childrenByParent(List<Indicator> set) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator indicator : set) {
            if (byCode.put(indicator.code(), indicator) != null) {
                throw new IllegalArgumentException("duplicate indicator code " + indicator.code());
            }
        }
        Map<String, List<Indicator>> children = new LinkedHashMap<>();
        for (Indicator indicator : set) {
            if (indicator.isTopLevel()) continue;
            Indicator parent = byCode.get(indicator.parentCode());
            if (parent == null || !parent.isTopLevel() || parent.direction() != Direction.COMPOSITE) {
                throw new IllegalArgumentException("parent " + indicator.parentCode() + " of " + indicator.code()
                        + " is not a top-level composite of the set");
            }
            children.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(indicator);
        }
        return children;
    }

    private static IndicatorResult resultOf(Indicator indicator, List<Indicator> subs, Map<String, BigDecimal> actuals) {
        if (indicator.direction() != Direction.COMPOSITE || subs == null) {
            BigDecimal actual = actuals.get(indicator.code());
            return new IndicatorResult(indicator, actual, attainment(indicator, actual));
        }
        List<IndicatorResult> scored = subs.stream()
                .map(sub -> new IndicatorResult(sub, actuals.get(sub.code()), attainment(sub, actuals.get(sub.code()))))
                .filter(r -> r.attainment() != null).toList();
        return new IndicatorResult(indicator, null, weightedMean(scored));
    }

    /** Area → weighted attainment over its scored indicators, in set order; null for an area with none. */
    private static Map<String, BigDecimal> byArea(List<IndicatorResult> results) {
        Map<String, List<IndicatorResult>> grouped = new LinkedHashMap<>();
        for (IndicatorResult result : results) {
            List<IndicatorResult> area = grouped.computeIfAbsent(result.indicator().area(), k -> new ArrayList<>());
            if (result.attainment() != null) area.add(result);
        }
        Map<String, BigDecimal> byArea = new LinkedHashMap<>();
        grouped.forEach((area, scored) -> byArea.put(area, weightedMean(scored)));
        return byArea;
    }

    /** Top-level indicators below 100 with the points of the total each loses, by loss descending, ties by code. */
    private static List<Gap> gaps(List<IndicatorResult> scored) {
        BigDecimal denominator = denominator(scored);
        List<Gap> gaps = new ArrayList<>();
        for (IndicatorResult result : scored) {
            if (result.atTarget()) continue;
            BigDecimal shortfall = HUNDRED.subtract(result.attainment());
            BigDecimal loss = weightOf(result, scored).multiply(shortfall).divide(denominator, Formulas.MC)
                    .setScale(SCALE, RoundingMode.HALF_UP);
            gaps.add(new Gap(result.indicator(), result.attainment(), loss));
        }
        gaps.sort(Comparator.comparing(Gap::loss).reversed().thenComparing(g -> g.indicator().code()));
        return gaps;
    }

    /** Σ wᵢZᵢ / Σ wᵢ at scale 4; null when nothing is scored. If all weights are zero, the plain mean. */
    private static BigDecimal weightedMean(List<IndicatorResult> scored) {
        if (scored.isEmpty()) return null;
        BigDecimal sum = BigDecimal.ZERO;
        for (IndicatorResult result : scored) sum = sum.add(weightOf(result, scored).multiply(result.attainment()));
        return sum.divide(denominator(scored), Formulas.MC).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Σ wᵢ, or the count when every weight is zero. */
    private static BigDecimal denominator(List<IndicatorResult> scored) {
        BigDecimal sum = scored.stream().map(r -> r.indicator().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.signum() == 0 ? BigDecimal.valueOf(scored.size()) : sum;
    }

    private static BigDecimal weightOf(IndicatorResult result, List<IndicatorResult> scored) {
        boolean allZero = scored.stream().allMatch(r -> r.indicator().weight().signum() == 0);
        return allZero ? BigDecimal.ONE : result.indicator().weight();
    }
}
