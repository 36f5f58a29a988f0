package org.fupin.region;

/** The five levels of the statistical division code; {@link #prefixLength} digits identify a region of the level. */
public enum RegionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

    private final int prefixLength;

    RegionLevel(int prefixLength) { this.prefixLength = prefixLength; }

    public int prefixLength() { return prefixLength; }
}
