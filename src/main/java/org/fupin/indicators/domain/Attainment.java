package org.fupin.indicators.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attainment (实现程度) of one region and year against one indicator set (indicators-and-scale.md §1.3). All
 * percentages are 0–100 at scale 4.
 * <ul>
 *   <li>{@code indicators}: the top-level indicators (parentCode == null) in set order;</li>
 *   <li>{@code byArea}: area → weight-normalised attainment over its top-level indicators that have one, in set
 *       order; null for an area none of whose indicators has a value;</li>
 *   <li>{@code total}: weight-normalised over the top-level indicators that have an attainment, null if none;</li>
 *   <li>{@code atTarget}: the number of top-level indicators at exactly 100 (达到或超过目标);</li>
 *   <li>{@code missing}: codes of the top-level indicators without an attainment, in set order;</li>
 *   <li>{@code gaps}: top-level indicators below 100, by loss descending (ties by code).</li>
 * </ul>
 */
public record Attainment(List<IndicatorResult> indicators, Map<String, BigDecimal> byArea, BigDecimal total,
                         int atTarget, List<String> missing, List<Gap> gaps) {

    public Attainment {
        indicators = List.copyOf(indicators);
        byArea = Collections.unmodifiableMap(new LinkedHashMap<>(byArea));
        missing = List.copyOf(missing);
        gaps = List.copyOf(gaps);
    }
}
