package org.fupin.region;

/**
 * The part of the region tree a user may see: every region whose code starts with {@code prefix}. Every query of
 * the registry takes one; {@link #ALL} (empty prefix) is the whole country.
 */
public record RegionScope(String prefix) {

    public static final RegionScope ALL = new RegionScope("");

    public static RegionScope of(RegionCode code) { return new RegionScope(code.prefix()); }

    public boolean permits(RegionCode code) { return code.value().startsWith(prefix); }

    public boolean permits(String code) { return code != null && code.startsWith(prefix); }

    /** The lowest and highest 12-digit codes inside the scope, for index range scans. */
    public String lowestCode() { return prefix + "0".repeat(12 - prefix.length()); }

    public String highestCode() { return prefix + "9".repeat(12 - prefix.length()); }

    /** Throws when the code is outside the scope; callers show it as "not found" so nothing leaks. */
    public RegionCode require(String code) {
        RegionCode.Parsed parsed = RegionCode.parse(code);
        if (!parsed.isValid() || !permits(parsed.code())) throw new OutOfScopeException(code);
        return parsed.code();
    }

    public static class OutOfScopeException extends RuntimeException {
        public OutOfScopeException(String code) { super("Region outside scope or unknown: " + code); }
    }
}
