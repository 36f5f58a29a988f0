package org.fupin.region;

import java.util.Optional;

/**
 * A 12-digit 统计用区划代码: 2 province + 2 city + 2 county + 3 township + 3 village digits. Level and parent follow
 * from the digits: a region's code is its prefix padded with zeros, and no segment may be non-zero after a zero one.
 */
public record RegionCode(String value) {

    /** Why a code was refused; message keys {@code error.region.<CODE>}. */
    public enum Problem { FORMAT, SEGMENTS }

    public record Parsed(RegionCode code, Problem problem) {
        public boolean isValid() { return problem == null; }
    }

    /** Accepts 12 digits, or 6 digits (GB/T 2260 province/city/county code), which is padded with zeros. */
    public static Parsed parse(String raw) {
        String s = raw == null ? "" : raw.trim();
        if (s.length() == 6 && s.chars().allMatch(c -> c >= '0' && c <= '9')) s = s + "000000";
        if (s.length() != 12 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) return new Parsed(null, Problem.FORMAT);
        if (s.startsWith("00")) return new Parsed(null, Problem.SEGMENTS);
        // a prefecture-level city without counties (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202) numbers its
        // townships with 00 in the county segment: their parent is the city (issue #26, domain.md T21)
        boolean cityWithoutCounties = !isZero(s, RegionLevel.CITY) && isZero(s, RegionLevel.COUNTY)
                && !isZero(s, RegionLevel.TOWNSHIP);
        boolean zeroSeen = false;
        for (RegionLevel level : RegionLevel.values()) {
            boolean zero = isZero(s, level) && !(level == RegionLevel.COUNTY && cityWithoutCounties);
            if (!zero && zeroSeen) return new Parsed(null, Problem.SEGMENTS);
            zeroSeen |= zero;
        }
        return new Parsed(new RegionCode(s), null);
    }

    public static RegionCode of(String raw) {
        Parsed parsed = parse(raw);
        if (!parsed.isValid()) throw new IllegalArgumentException("Not a region code: " + raw);
        return parsed.code();
    }

    private static boolean isZero(String s, RegionLevel level) {
        int from = level == RegionLevel.PROVINCE ? 0 : RegionLevel.values()[level.ordinal() - 1].prefixLength();
        return s.substring(from, level.prefixLength()).chars().allMatch(c -> c == '0');
    }

    public RegionLevel level() {
        RegionLevel[] levels = RegionLevel.values();
        for (int i = levels.length - 1; i > 0; i--) {
            if (!isZero(value, levels[i])) return levels[i];
        }
        return RegionLevel.PROVINCE;
    }

    public Optional<RegionCode> parent() {
        RegionLevel level = level();
        if (level == RegionLevel.PROVINCE) return Optional.empty();
        RegionLevel parentLevel = RegionLevel.values()[level.ordinal() - 1];
        return Optional.of(new RegionCode(pad(value.substring(0, parentLevel.prefixLength()))));
    }

    /** The significant digits: every region below this one starts with them. */
    public String prefix() { return value.substring(0, level().prefixLength()); }

    /** The lowest and highest 12-digit codes of this region's subtree, for index range scans. */
    public String lowestDescendant() { return pad(prefix()); }

    public String highestDescendant() { return prefix() + "9".repeat(12 - prefix().length()); }

    /** The 6-digit county code, or empty above county level. */
    public Optional<String> countyCode() {
        return level().ordinal() >= RegionLevel.COUNTY.ordinal() ? Optional.of(value.substring(0, 6)) : Optional.empty();
    }

    public boolean contains(RegionCode other) { return other.value.startsWith(prefix()); }

    private static String pad(String prefix) { return prefix + "0".repeat(12 - prefix.length()); }

    @Override
    public String toString() { return value; }
}
