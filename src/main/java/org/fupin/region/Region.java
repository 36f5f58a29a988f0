package org.fupin.region;

/**
 * A region of the tree: code, name, level, parent (null for a province), 城乡分类代码 (may be null) and the years it
 * is valid: from {@code validFrom} (null: since before any record) up to, not including, {@code validUntil} (null:
 * still valid; ADR 0037).
 */
public record Region(String code, String name, RegionLevel level, String parentCode, String urbanRuralCode,
                     Integer validFrom, Integer validUntil) {

    public Region(String code, String name, RegionLevel level, String parentCode, String urbanRuralCode) {
        this(code, name, level, parentCode, urbanRuralCode, null, null);
    }

    public RegionCode regionCode() { return new RegionCode(code); }

    public boolean validIn(int year) {
        return (validFrom == null || validFrom <= year) && (validUntil == null || validUntil > year);
    }

    /** What the code's segments and the 城乡分类代码 say the region is (domain.md §6.2, §6.3, T21). */
    public RegionKind kind() { return RegionKind.of(code); }

    /** Urban (城镇, 城乡分类 1xx), rural (乡村, 2xx), or null when the 城乡分类代码 is not known. */
    public Boolean urban() {
        return urbanRuralCode == null || urbanRuralCode.isEmpty() ? null : urbanRuralCode.startsWith("1");
    }
}
