package org.fupin.maps;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.util.List;
import org.fupin.region.RegionLevel;

/**
 * What the browser needs to draw a region's map without a tile server: the outlines as a GeoJSON FeatureCollection
 * (property {@code code}), one area per outline with its figure, legend class and colour (a hidden figure has no
 * value, the text of its mark, and the legend's protected class), the legend, and the village points with the
 * facility types they have and lack. {@code synthetic}: some outline was generated, not surveyed.
 */
public record MapView(String regionCode, String regionName, int year, MapFigure figure, RegionLevel level,
                      boolean protect, boolean synthetic, List<Crs> crs, @JsonRawValue String geojson, List<Area> areas,
                      List<LegendClass> legend, List<Place> places) {

    /** One coloured region. {@code value}: null when hidden or without data; {@code hidden}: "&lt;3", "×" or null. */
    public record Area(String code, String name, BigDecimal value, String hidden, int legendClass, String color) {}

    /**
     * A class of the legend: values from {@code lower} (inclusive) to {@code upper} (inclusive for the last class),
     * or, for categories (battle map) and the class of areas without a shown figure, a {@code key} of the messages.
     */
    public record LegendClass(int index, BigDecimal lower, BigDecimal upper, String key, String color, int areas) {}

    /**
     * A village point; {@code reported}: the village has a facility list for the year; {@code lacking}: key facility
     * types (clinic, finance point, e-commerce point) it does not have.
     */
    public record Place(String code, String name, double longitude, double latitude, boolean reported,
                        List<String> present, List<String> lacking) {}
}
