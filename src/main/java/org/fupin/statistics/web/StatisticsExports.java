package org.fupin.statistics.web;

import org.fupin.web.Sheets;
import org.fupin.web.SmallCellSuppression.Column;
import org.fupin.web.SmallCellSuppression.Layout;
import org.fupin.web.SmallCellSuppression.Mark;
import org.fupin.web.SmallCellSuppression.Marks;
import org.fupin.web.SmallCells;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.access.Users;
import org.fupin.statistics.Composition;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.fupin.system.ReplicaReads;

/**
 * The statistics tables of a region page as XLSX: its series across years and its composition. With
 * {@code protect=true} counts below k print as "&lt;k" and the figures that would give them away as "×" (ADR 0028).
 */
@Controller
@ReplicaReads
record StatisticsExports(Statistics statistics, Users users, MessageSource messages, SmallCells smallCells) {

    private static final Layout PARTS = new Layout(List.of(Column.count("households"), Column.count("persons")), List.of());

    @GetMapping("/export/regions/{code}/series.xlsx")
    void series(@PathVariable String code, @RequestParam(defaultValue = "false") boolean protect, Authentication user,
                Locale locale, HttpServletResponse response) throws IOException {
        List<RegionStatistics> series = statistics.series(users.scopeOf(user), code);
        try (Workbook workbook = Sheets.workbook(response, code + "-series.xlsx")) {
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("web.series", null, locale));
            Sheets.header(sheet, messages, locale, SummaryTable.headerKeys("web.year"));
            int r = 1;
            for (SummaryTable.Line line : SummaryTable.series(series, smallCells, protect).lines()) {
                sheet.value(r, 0, line.figures().year());
                SummaryTable.write(sheet, r++, 1, line);
            }
            if (protect) note(sheet, r, locale);
            sheet.finish();
        }
    }

    @GetMapping("/export/regions/{code}/composition.xlsx")
    void composition(@PathVariable String code, @RequestParam int year,
                     @RequestParam(defaultValue = "false") boolean protect, Authentication user, Locale locale,
                     HttpServletResponse response) throws IOException {
        Composition composition = statistics.composition(users.scopeOf(user), code, year);
        try (Workbook workbook = Sheets.workbook(response, code + "-" + year + "-composition.xlsx")) {
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("web.composition", null, locale));
            Sheets.header(sheet, messages, locale, "web.composition.dimension", "web.composition.value",
                    "web.composition.households", "web.composition.persons");
            int r = 1;
            for (Map.Entry<String, List<Composition.Part>> d : composition.dimensions().entrySet()) {
                String dimension = messages.getMessage("web.dimension." + d.getKey(), null, d.getKey(), locale);
                Marks marks = parts(d.getValue(), protect);
                for (int p = 0; p < d.getValue().size(); p++) {
                    Composition.Part part = d.getValue().get(p);
                    sheet.value(r, 0, dimension);
                    Sheets.text(sheet, r, 1, label(d.getKey(), part, locale));
                    cell(sheet, r, 2, part.households(), marks.get(p, "households"));
                    cell(sheet, r++, 3, part.persons(), marks.get(p, "persons"));
                }
            }
            if (protect) note(sheet, r, locale);
            sheet.finish();
        }
    }

    /**
     * The parts of a dimension add up to the region's households and persons (shown on its page), so a hidden part
     * gets a partner as in a summary table; health, where they need not add up, is treated the same.
     */
    private Marks parts(List<Composition.Part> parts, boolean protect) {
        List<List<Number>> rows = parts.stream().map(p -> Arrays.<Number>asList(p.households(), p.persons())).toList();
        boolean households = parts.stream().allMatch(p -> p.households() != null);
        List<Number> total = Arrays.asList(households ? parts.stream().mapToLong(Composition.Part::households).sum() : null,
                parts.stream().mapToLong(Composition.Part::persons).sum());
        return smallCells.marks(PARTS, rows, total, protect);
    }

    private void cell(Worksheet sheet, int r, int c, Number value, Mark mark) {
        if (mark == Mark.SHOWN) Sheets.number(sheet, r, c, value);
        else sheet.value(r, c, smallCells.text(mark));
    }

    /** The footnote explaining "<k" and "×", a row below the table. */
    private void note(Worksheet sheet, int r, Locale locale) {
        sheet.value(r + 1, 0, messages.getMessage("print.protect.note", smallCells.noteArguments(), locale));
    }

    private String label(String dimension, Composition.Part part, Locale locale) {
        boolean band = dimension.equals("INCOME_BAND") || part.code().equals("NONE");
        return band ? messages.getMessage("web.band." + part.code(), null, part.code(), locale) : part.label();
    }
}
