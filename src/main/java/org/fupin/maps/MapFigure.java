package org.fupin.maps;

/**
 * What a choropleth colours its regions by: a registry figure of the year (households and persons counts are
 * protected on shared maps), the poor villages planned to exit in the year (battle plan), the share of facility
 * types present in the reporting villages, or, for the battle map, each village's state against its planned exit.
 */
public enum MapFigure {
    INCIDENCE(false), POOR_HOUSEHOLDS(false), POOR_PERSONS(false), EXITED_HOUSEHOLDS(true),
    VILLAGE_EXITS_PLANNED(false), FACILITY_COVERAGE(true), BATTLE(true);

    private final boolean higherIsBetter;

    MapFigure(boolean higherIsBetter) { this.higherIsBetter = higherIsBetter; }

    /** Whether the palette runs from light red (low) or from light green (low): more is worse or better. */
    public boolean higherIsBetter() { return higherIsBetter; }

    /** A figure counted from registry households, protected on shared maps (ADR 0028). */
    public boolean fromRegistry() { return ordinal() <= EXITED_HOUSEHOLDS.ordinal(); }
}
