package org.fupin.maps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fupin.maps.MapView.LegendClass;

/**
 * The breaks of a choropleth: up to five classes of about equal numbers of areas (quantiles of the shown values),
 * rounded to whole numbers (one decimal for percentages), light to dark; areas without a shown value take the grey
 * class {@value #NO_VALUE_KEY}.
 */
final class Legend {

    static final String NO_VALUE_KEY = "maps.legend.noValue";
    static final String NO_VALUE_COLOR = "#d9d9d9";
    static final int NO_VALUE = -1;
    private static final String[] REDS = {"#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"};
    private static final String[] GREENS = {"#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"};

    private Legend() {}

    /** The classes for the values (nulls left out); empty when no area has a value. */
    static List<LegendClass> classes(List<BigDecimal> values, int scale, boolean higherIsBetter) {
        List<BigDecimal> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        List<LegendClass> out = new ArrayList<>();
        if (sorted.isEmpty()) return out;
        String[] palette = higherIsBetter ? GREENS : REDS;
        List<BigDecimal> breaks = new ArrayList<>(List.of(sorted.get(0).setScale(scale, RoundingMode.FLOOR)));
        for (int q = 1; q < palette.length; q++) {
            BigDecimal b = sorted.get(q * sorted.size() / palette.length).setScale(scale, RoundingMode.HALF_UP);
            if (b.compareTo(breaks.get(breaks.size() - 1)) > 0) breaks.add(b);
        }
        BigDecimal top = sorted.get(sorted.size() - 1).setScale(scale, RoundingMode.CEILING);
        if (top.compareTo(breaks.get(breaks.size() - 1)) > 0 || breaks.size() == 1) breaks.add(top);
        int classes = breaks.size() - 1;
        for (int c = 0; c < classes; c++) {
            String color = palette[classes == 1 ? palette.length - 1 : c * (palette.length - 1) / (classes - 1)];
            out.add(new LegendClass(c, breaks.get(c), breaks.get(c + 1), null, color, 0));
        }
        return out;
    }

    /** The class of a value: the last whose lower bound it reaches; {@link #NO_VALUE} without a value. */
    static int classOf(List<LegendClass> classes, BigDecimal value) {
        if (value == null || classes.isEmpty()) return NO_VALUE;
        int found = 0;
        for (LegendClass c : classes) if (value.compareTo(c.lower()) >= 0) found = c.index();
        return found;
    }

    static String color(List<LegendClass> classes, int index) {
        return index == NO_VALUE ? NO_VALUE_COLOR : classes.get(index).color();
    }
}
