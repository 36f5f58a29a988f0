package org.fupin.region;

/** A region of the tree: code, name, level, parent (null for a province) and 城乡分类代码 (may be null). */
public record Region(String code, String name, RegionLevel level, String parentCode, String urbanRuralCode) {

    public RegionCode regionCode() { return new RegionCode(code); }
}
