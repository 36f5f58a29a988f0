package org.fupin.indicators.domain;

/**
 * What to do with one computed indicator given the value already stored for the region and year: a value entered
 * by hand or imported is never replaced unless the caller asks; a computed value that can no longer be computed
 * (nothing counted) is removed rather than left stale.
 */
public enum ComputeDecision {

    /** Store the computed value (nothing stored, an earlier computed value, or overwriting was asked for). */
    SAVE,
    /** Keep the value entered by hand or imported; report the computed one beside it. */
    KEEP_ENTERED,
    /** Nothing counted: the earlier computed value is removed. */
    REMOVE_STALE,
    /** Nothing counted and nothing computed before: the indicator stays as it is. */
    MISSING;

    /** The source recorded for computed values. */
    public static final String COMPUTED = "COMPUTED";

    /**
     * @param storedSource the source of the stored value, null when there is none
     * @param computable   whether the computation counted anything (a non-zero denominator)
     * @param overwrite    whether the caller asked to replace entered values
     */
    public static ComputeDecision decide(String storedSource, boolean computable, boolean overwrite) {
        boolean storedComputed = COMPUTED.equals(storedSource);
        if (!computable) return storedComputed ? REMOVE_STALE : MISSING;
        if (storedSource == null || storedComputed || overwrite) return SAVE;
        return KEEP_ENTERED;
    }
}
