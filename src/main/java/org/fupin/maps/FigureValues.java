package org.fupin.maps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fupin.facilities.Facilities;
import org.fupin.facilities.VillageFacility;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.fupin.web.SmallCellSuppression.Column;
import org.fupin.web.SmallCellSuppression.Layout;
import org.fupin.web.SmallCellSuppression.Marks;
import org.fupin.web.SmallCellSuppression.RowSum;
import org.fupin.web.SmallCells;
import org.springframework.stereotype.Component;

/**
 * The figure of each area of a map, read from the module that owns it: registry figures from {@link Statistics}
 * (with small-cell protection on shared maps, as the printed summary tables: the areas are the rows, the mapped
 * region their total), planned village exits from the battle plan, facility coverage from {@link Facilities}.
 */
@Component
class FigureValues {

    /** An area's value and, when protection hides it, the mark printed instead. */
    record Values(Map<String, BigDecimal> values, Map<String, String> hidden) {}

    /** The registry figures a map can show and what gives what away, as in the printed summary table (ADR 0028). */
    static final Layout LAYOUT = new Layout(List.of(
            Column.count("households"), Column.count("persons"), Column.count("poorHouseholds"),
            Column.count("poorPersons"), Column.count("exitedHouseholds"), Column.count("exitedPersons"),
            Column.count("returnedHouseholds", "poorHouseholds"), Column.amount("ruralPopulation", "poorPersons"),
            Column.rate("incidencePercent", "poorPersons", "ruralPopulation")),
            List.of(new RowSum("households", List.of("poorHouseholds", "exitedHouseholds")),
                    new RowSum("persons", List.of("poorPersons", "exitedPersons"))));

    private static final Map<MapFigure, String> COLUMN = Map.of(MapFigure.INCIDENCE, "incidencePercent",
            MapFigure.POOR_HOUSEHOLDS, "poorHouseholds", MapFigure.POOR_PERSONS, "poorPersons",
            MapFigure.EXITED_HOUSEHOLDS, "exitedHouseholds");

    /** Facility types whose absence a village point shows: clinic, finance point, e-commerce point. */
    static final Set<String> KEY_FACILITIES = Set.of("CLINIC", "FINANCE_POINT", "ECOMMERCE_POINT");

    private final Statistics statistics;
    private final Facilities facilities;
    private final MapRepository repository;
    private final SmallCells smallCells;

    FigureValues(Statistics statistics, Facilities facilities, MapRepository repository, SmallCells smallCells) {
        this.statistics = statistics;
        this.facilities = facilities;
        this.repository = repository;
        this.smallCells = smallCells;
    }

    Values of(RegionScope scope, RegionCode root, List<String> areas, MapFigure figure, int year, boolean protect) {
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, String> hidden = new HashMap<>();
        switch (figure) {
            case VILLAGE_EXITS_PLANNED -> repository.plannedExits(root).forEach((village, planned) -> {
                if (planned == year) areas.stream().filter(a -> village.startsWith(prefix(a))).findFirst()
                        .ifPresent(a -> values.merge(a, BigDecimal.ONE, BigDecimal::add));
            });
            case FACILITY_COVERAGE -> values.putAll(coverage(scope, root, areas, year));
            case BATTLE -> { }
            default -> registry(scope, root, areas, figure, year, protect, values, hidden);
        }
        if (figure == MapFigure.VILLAGE_EXITS_PLANNED) areas.forEach(a -> values.putIfAbsent(a, BigDecimal.ZERO));
        return new Values(values, hidden);
    }

    private void registry(RegionScope scope, RegionCode root, List<String> areas, MapFigure figure, int year,
                          boolean protect, Map<String, BigDecimal> values, Map<String, String> hidden) {
        Map<String, RegionStatistics> figures = new HashMap<>();
        statistics.withDescendants(scope, root.value(), year).forEach(s -> figures.put(s.region(), s));
        List<String> shown = areas.stream().filter(figures::containsKey).toList();
        List<List<Number>> rows = shown.stream().map(a -> row(figures.get(a))).toList();
        RegionStatistics total = figures.get(root.value());
        Marks marks = smallCells.marks(LAYOUT, rows, total == null ? null : row(total), protect);
        String column = COLUMN.get(figure);
        int index = LAYOUT.index(column);
        for (int r = 0; r < shown.size(); r++) {
            if (marks.hides(r, column)) {
                hidden.put(shown.get(r), smallCells.text(marks.get(r, column)));
            } else {
                Number n = rows.get(r).get(index);
                if (n != null) values.put(shown.get(r), n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue()));
            }
        }
    }

    private static List<Number> row(RegionStatistics s) {
        return Arrays.asList(s.households(), s.persons(), s.poorHouseholds(), s.poorPersons(), s.exitedHouseholds(),
                s.exitedPersons(), s.returnedHouseholds(), s.ruralPopulation(), s.incidencePercent());
    }

    /** Per area, the share (%) of facility types present, averaged over its villages with a facility list. */
    private Map<String, BigDecimal> coverage(RegionScope scope, RegionCode root, List<String> areas, int year) {
        int types = facilities.types(year).entries().size();
        Map<String, Integer> present = new HashMap<>();
        Map<String, Set<String>> villagesOf = new HashMap<>();
        for (VillageFacility f : facilities.rows(scope, root.value(), facilityYear(scope, root, year))) {
            areas.stream().filter(a -> f.villageCode().startsWith(prefix(a))).findFirst().ifPresent(a -> {
                villagesOf.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(f.villageCode());
                if (f.present()) present.merge(a, 1, Integer::sum);
            });
        }
        Map<String, BigDecimal> out = new HashMap<>();
        villagesOf.forEach((area, villages) -> out.put(area, BigDecimal.valueOf(100L * present.getOrDefault(area, 0))
                .divide(BigDecimal.valueOf((long) types * villages.size()), 1, RoundingMode.HALF_UP)));
        return out;
    }

    /** The digits a region's code shares with every code below it (an area holds the villages starting with them). */
    private static String prefix(String area) {
        return RegionCode.of(area).prefix();
    }

    /** The newest year with facility rows up to the year, else the oldest after it, else the year. */
    int facilityYear(RegionScope scope, RegionCode root, int year) {
        List<Integer> years = new ArrayList<>(facilities.years(scope, root.value()));
        return years.stream().filter(y -> y <= year).reduce((a, b) -> b)
                .orElse(years.isEmpty() ? year : years.get(0));
    }

    /** Per village with a facility list: the types present and the key types it does not have (labels). */
    Map<String, List<List<String>>> villageFacilities(RegionScope scope, RegionCode root, int year) {
        int shown = facilityYear(scope, root, year);
        var labels = facilities.types(shown);
        Map<String, Set<String>> present = new HashMap<>();
        for (VillageFacility f : facilities.rows(scope, root.value(), shown)) {
            Set<String> types = present.computeIfAbsent(f.villageCode(), k -> new java.util.HashSet<>());
            if (f.present()) types.add(f.type());
        }
        Map<String, List<List<String>>> out = new HashMap<>();
        present.forEach((village, types) -> out.put(village, List.of(
                labels.entries().stream().filter(e -> types.contains(e.code())).map(e -> e.label()).toList(),
                labels.entries().stream().filter(e -> KEY_FACILITIES.contains(e.code()) && !types.contains(e.code()))
                        .map(e -> e.label()).toList())));
        return out;
    }
}
