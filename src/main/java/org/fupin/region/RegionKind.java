package org.fupin.region;

/**
 * What a region is, read from the segments of its 统计用区划代码 (domain.md §6.2, §6.3, T21): the township segment
 * tells 街道 (001–099), 镇 (100–199), 乡 (200–399) and 政企合一单位 (400–599); the village segment 居委会 (001–199)
 * and 村委会 (200–399); a county segment of 81–99 is a 省直辖县级市 (GB/T 2260). Labels under
 * {@code region.kind.<NAME>}. Rules and pages ask {@link Region#kind()} instead of reading digits themselves.
 */
public enum RegionKind {
    PROVINCE, CITY, COUNTY, COUNTY_LEVEL_CITY_UNDER_PROVINCE, SUBDISTRICT, TOWN, TOWNSHIP, STATE_UNIT, OTHER_TOWNSHIP,
    RESIDENTS_COMMITTEE, VILLAGE_COMMITTEE, OTHER_VILLAGE;

    public static RegionKind of(String code) {
        RegionCode c = RegionCode.of(code);
        return switch (c.level()) {
            case PROVINCE -> PROVINCE;
            case CITY -> CITY;
            case COUNTY -> segment(c, 4, 6) >= 81 ? COUNTY_LEVEL_CITY_UNDER_PROVINCE : COUNTY;
            case TOWNSHIP -> township(segment(c, 6, 9));
            case VILLAGE -> village(segment(c, 9, 12));
        };
    }

    private static RegionKind township(int n) {
        if (n < 100) return SUBDISTRICT;
        if (n < 200) return TOWN;
        if (n < 400) return TOWNSHIP;
        return n < 600 ? STATE_UNIT : OTHER_TOWNSHIP;
    }

    private static RegionKind village(int n) {
        if (n < 200) return RESIDENTS_COMMITTEE;
        return n < 400 ? VILLAGE_COMMITTEE : OTHER_VILLAGE;
    }

    private static int segment(RegionCode code, int from, int to) {
        return Integer.parseInt(code.value().substring(from, to));
    }
}
