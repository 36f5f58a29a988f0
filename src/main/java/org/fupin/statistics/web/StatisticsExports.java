package org.fupin.statistics.web;

import org.fupin.web.Sheets;
import org.fupin.web.SmallCells;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

/**
 * The statistics tables of a region page as XLSX: its series across years and its composition. With
 * {@code protect=true} counts below k print as "&lt;k" (small-cell protection for tables leaving the office).
 */
@Controller
record StatisticsExports(Statistics statistics, Users users, MessageSource messages, SmallCells smallCells) {

    @GetMapping("/export/regions/{code}/series.xlsx")
    void series(@PathVariable String code, @RequestParam(defaultValue = "false") boolean protect, Authentication user,
                Locale locale, HttpServletResponse response) throws IOException {
        List<RegionStatistics> series = statistics.series(users.scopeOf(user), code);
        try (Workbook workbook = Sheets.workbook(response, code + "-series.xlsx")) {
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("web.series", null, locale));
            Sheets.header(sheet, messages, locale, "web.year", "print.col.households", "print.col.persons",
                    "print.col.poorHouseholds", "print.col.poorPersons", "print.col.exitedHouseholds",
                    "print.col.exitedPersons", "print.col.returnedHouseholds", "print.col.ruralPopulation",
                    "print.col.incidencePercent", "print.col.netIncomePerCapita", "print.col.poorNetIncomePerCapita");
            int r = 1;
            for (RegionStatistics f : series) {
                sheet.value(r, 0, f.year());
                long[] counts = {f.households(), f.persons(), f.poorHouseholds(), f.poorPersons(), f.exitedHouseholds(),
                        f.exitedPersons(), f.returnedHouseholds(), f.ruralPopulation()};
                for (int c = 0; c < counts.length; c++) Sheets.count(sheet, r, c + 1, counts[c], smallCells, protect);
                Sheets.number(sheet, r, 9, f.incidencePercent());
                Sheets.number(sheet, r, 10, f.netIncomePerCapita());
                Sheets.number(sheet, r, 11, f.poorNetIncomePerCapita());
                r++;
            }
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
                for (Composition.Part part : d.getValue()) {
                    sheet.value(r, 0, dimension);
                    Sheets.text(sheet, r, 1, label(d.getKey(), part, locale));
                    if (part.households() != null) Sheets.count(sheet, r, 2, part.households(), smallCells, protect);
                    Sheets.count(sheet, r, 3, part.persons(), smallCells, protect);
                    r++;
                }
            }
            sheet.finish();
        }
    }

    private String label(String dimension, Composition.Part part, Locale locale) {
        boolean band = dimension.equals("INCOME_BAND") || part.code().equals("NONE");
        return band ? messages.getMessage("web.band." + part.code(), null, part.code(), locale) : part.label();
    }
}
