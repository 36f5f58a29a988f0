package org.fupin.maps;

/**
 * What a choropleth colours its regions by: a registry figure of the year (households and persons counts are
 * protected on shared maps), the poor villages planned to exit in the year (battle plan), the share of facility
 * types present in the reporting villages, the households under monitoring (all, or of one category) at the end of
 * the year (today for the current year), or, for the battle map, each village's state against its planned exit.
 */
public enum MapFigure {
    INCIDENCE(false), POOR_HOUSEHOLDS(false), POOR_PERSONS(false), EXITED_HOUSEHOLDS(true),
    VILLAGE_EXITS_PLANNED(false), FACILITY_COVERAGE(true),
    MONITORED_HOUSEHOLDS(false), MONITORED_UNSTABLE_EXITED(false), MONITORED_MARGINAL(false),
    MONITORED_SEVERE_DIFFICULTY(false), BATTLE(true);

    private final boolean higherIsBetter;

    MapFigure(boolean higherIsBetter) { this.higherIsBetter = higherIsBetter; }

    /** Whether the palette runs from light red (low) or from light green (low): more is worse or better. */
    public boolean higherIsBetter() { return higherIsBetter; }

    /** A figure counted from registry households, protected on shared maps (ADR 0028). */
    public boolean fromRegistry() { return ordinal() <= EXITED_HOUSEHOLDS.ordinal(); }

    /** A count of households under monitoring (防止返贫致贫监测对象), also protected on shared maps. */
    public boolean fromMonitoring() { return name().startsWith("MONITORED_"); }

    /** The monitoring category this figure counts (the enum name after MONITORED_), or null for all of them. */
    public String monitoringCategory() {
        return this == MONITORED_HOUSEHOLDS || !fromMonitoring() ? null : name().substring("MONITORED_".length());
    }
}
