package org.fupin.statistics.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.region.Region;
import org.fupin.statistics.RegionStatistics;
import org.fupin.web.Sheets;
import org.fupin.web.SmallCellSuppression.Column;
import org.fupin.web.SmallCellSuppression.Layout;
import org.fupin.web.SmallCellSuppression.Marks;
import org.fupin.web.SmallCellSuppression.RowSum;
import org.fupin.web.SmallCells;

/**
 * The figures of a region's children and their total as one table (the printed summary table and its XLSX; a
 * region's series across years, without a total), with the cells small-cell protection hides (ADR 0028). Print and
 * XLSX read the same marks, so they hide the same cells.
 */
record SummaryTable(List<Line> lines, Line total) {

    /**
     * The figures in XLSX order (the printed table shows a subset) and what gives what away: a status splits the
     * households and persons; the returned are a part of the poor; rural population and incidence give the poor
     * persons; an income per person belongs to a group whose size it must not single out.
     */
    static final Layout LAYOUT = new Layout(List.of(
            Column.count("households"), Column.count("persons"), Column.count("poorHouseholds"),
            Column.count("poorPersons"), Column.count("exitedHouseholds"), Column.count("exitedPersons"),
            Column.count("returnedHouseholds", "poorHouseholds"), Column.amount("ruralPopulation", "poorPersons"),
            Column.rate("incidencePercent", "poorPersons", "ruralPopulation"),
            Column.perHead("netIncomePerCapita", "persons", "households", "persons"),
            Column.perHead("poorNetIncomePerCapita", "poorPersons", "poorHouseholds", "poorPersons")),
            List.of(new RowSum("households", List.of("poorHouseholds", "exitedHouseholds")),
                    new RowSum("persons", List.of("poorPersons", "exitedPersons"))));

    static final List<String> COLUMNS = LAYOUT.columns().stream().map(Column::name).toList();

    /** A child region (null in a series and for the total) with its figures and the text of each hidden cell. */
    record Line(Region region, RegionStatistics figures, Map<String, String> hidden) {

        public boolean hides(String column) { return hidden.containsKey(column); }

        /** Shown and with a value. */
        public boolean shows(String column) { return !hides(column) && value(column) != null; }

        /** The cell as printed: its mark when hidden, "—" without a value. */
        public String text(String column) {
            if (hides(column)) return hidden.get(column);
            Number value = value(column);
            return value == null ? "—" : value.toString();
        }

        Number value(String column) { return values(figures).get(COLUMNS.indexOf(column)); }
    }

    /** The children of a region in the given order, with their total. */
    static SummaryTable of(List<Region> children, Map<String, RegionStatistics> figures, RegionStatistics total,
                           SmallCells cells, boolean protect) {
        List<RegionStatistics> rows = children.stream().map(c -> figures.get(c.code())).toList();
        return build(children, rows, total, cells, protect);
    }

    /** One line per year, no total. */
    static SummaryTable series(List<RegionStatistics> years, SmallCells cells, boolean protect) {
        return build(Collections.nCopies(years.size(), null), years, null, cells, protect);
    }

    private static SummaryTable build(List<Region> regions, List<RegionStatistics> rows, RegionStatistics total,
                                      SmallCells cells, boolean protect) {
        Marks marks = cells.marks(LAYOUT, rows.stream().map(SummaryTable::values).toList(),
                total == null ? null : values(total), protect);
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) lines.add(new Line(regions.get(r), rows.get(r), hidden(marks, r, cells)));
        return new SummaryTable(lines, total == null ? null : new Line(null, total, hidden(marks, rows.size(), cells)));
    }

    private static Map<String, String> hidden(Marks marks, int row, SmallCells cells) {
        Map<String, String> hidden = new HashMap<>();
        for (String column : COLUMNS) if (marks.hides(row, column)) hidden.put(column, cells.text(marks.get(row, column)));
        return hidden;
    }

    static List<Number> values(RegionStatistics f) {
        return Arrays.asList(f.households(), f.persons(), f.poorHouseholds(), f.poorPersons(), f.exitedHouseholds(),
                f.exitedPersons(), f.returnedHouseholds(), f.ruralPopulation(), f.incidencePercent(),
                f.netIncomePerCapita(), f.poorNetIncomePerCapita());
    }

    /** The line's figures from column {@code first} on: numbers, or the mark of a hidden cell as text. */
    static void write(Worksheet sheet, int r, int first, Line line) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            String column = COLUMNS.get(c);
            if (line.hides(column)) sheet.value(r, first + c, line.text(column));
            else Sheets.number(sheet, r, first + c, line.value(column));
        }
    }

    /** The XLSX header keys of the figures. */
    static String[] headerKeys(String... leading) {
        List<String> keys = new ArrayList<>(List.of(leading));
        COLUMNS.forEach(c -> keys.add("print.col." + c));
        return keys.toArray(String[]::new);
    }
}
