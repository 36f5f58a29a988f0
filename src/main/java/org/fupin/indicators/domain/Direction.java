package org.fupin.indicators.domain;

/**
 * How an indicator's actual value is scored against its target (indicators-and-scale.md §1.3).
 * <ul>
 *   <li>{@link #POSITIVE} — more is better: Z = min(X / S, 1) × 100.</li>
 *   <li>{@link #NEGATIVE} — less is better: Z = 100 if X ≤ S, else S / X × 100.</li>
 *   <li>{@link #INTERVAL} — a target interval [a, b] with allowed limits L &lt; a and U &gt; b.</li>
 *   <li>{@link #COMPOSITE} — an index from the weighted average of its sub-indicators' attainments.</li>
 * </ul>
 */
public enum Direction { POSITIVE, NEGATIVE, INTERVAL, COMPOSITE }
