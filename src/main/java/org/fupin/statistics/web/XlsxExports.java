package org.fupin.statistics.web;

import org.fupin.web.Sheets;
import org.fupin.web.SmallCells;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.access.Users;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.household.HouseholdSearch;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.fupin.system.ReplicaReads;

/**
 * Lists as XLSX workbooks (fastexcel, streamed row by row): the households of a region and the figures of its
 * child regions. Header texts come from the message bundle in the user's language. The regions' figures hide, with
 * {@code protect=true}, the same cells as the printed summary table (ADR 0028).
 */
@Controller
@ReplicaReads
class XlsxExports {

    static final String XLSX = Sheets.XLSX;
    private static final int FLUSH_EVERY = 1000;

    private final HouseholdRegistry households;
    private final RegionDirectory regions;
    private final Statistics statistics;
    private final Users users;
    private final MessageSource messages;
    private final SmallCells smallCells;

    XlsxExports(HouseholdRegistry households, RegionDirectory regions, Statistics statistics, Users users,
                MessageSource messages, SmallCells smallCells) {
        this.smallCells = smallCells;
        this.households = households;
        this.regions = regions;
        this.statistics = statistics;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/export/regions/{code}/households.xlsx")
    void households(@PathVariable String code, @RequestParam(required = false) Integer year, Authentication user,
                    Locale locale, HttpServletResponse response) throws IOException {
        RegionScope scope = users.scopeOf(user);
        existing(scope, code);
        int shownYear = PrintPages.shownYear(statistics, scope, year);
        writeHouseholds(response, locale, code + "-" + shownYear + "-households.xlsx",
                "print.xlsx.households.sheet", villageNames(scope, code),
                sink -> households.forEachHousehold(scope, code, shownYear, sink));
    }

    /** The household search ({@code /households}) with the same parameters: every matching row, no paging. */
    @GetMapping("/export/households.xlsx")
    void search(@RequestParam String region, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String cause, @RequestParam(required = false) String attribute,
                Authentication user, Locale locale, HttpServletResponse response) throws IOException {
        RegionScope scope = users.scopeOf(user);
        existing(scope, region);
        int shownYear = PrintPages.shownYear(statistics, scope, year);
        HouseholdSearch search = new HouseholdSearch(region, shownYear, q, status, cause, attribute);
        writeHouseholds(response, locale, region + "-" + shownYear + "-search.xlsx", "tree.xlsx.search.sheet",
                villageNames(scope, region), sink -> households.forEachMatching(scope, search, sink));
    }

    /** One row per household (the columns of the household lists), streamed from {@code source}. */
    private void writeHouseholds(HttpServletResponse response, Locale locale, String filename, String sheetKey,
                                 Map<String, String> villages, Consumer<Consumer<HouseholdRow>> source) throws IOException {
        try (Workbook workbook = Sheets.workbook(response, filename)) {
            Worksheet sheet = workbook.newWorksheet(text(sheetKey, locale));
            Sheets.header(sheet, messages, locale, "print.col.householdNumber", "print.col.head", "print.col.village",
                    "print.col.members", "print.col.status", "print.col.mainCause", "print.col.netIncomePerCapita");
            int[] row = {1};
            try {
                source.accept(h -> {
                    int r = row[0]++;
                    Sheets.text(sheet, r, 0, h.householdNumber());
                    Sheets.text(sheet, r, 1, h.headName());
                    Sheets.text(sheet, r, 2, villages.getOrDefault(h.villageCode(), h.villageCode()));
                    Sheets.number(sheet, r, 3, h.members());
                    Sheets.text(sheet, r, 4, h.povertyStatusLabel());
                    Sheets.text(sheet, r, 5, h.mainCauseLabel());
                    Sheets.number(sheet, r, 6, h.netIncomePerCapita());
                    if (r % FLUSH_EVERY == 0) flush(sheet);
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            sheet.finish();
        }
    }

    private Map<String, String> villageNames(RegionScope scope, String code) {
        return regions.subtree(scope, code).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .collect(Collectors.toMap(Region::code, Region::name));
    }

    @GetMapping("/export/regions/{code}/children.xlsx")
    void children(@PathVariable String code, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "false") boolean protect, Authentication user,
                  Locale locale, HttpServletResponse response) throws IOException {
        RegionScope scope = users.scopeOf(user);
        existing(scope, code);
        int shownYear = PrintPages.shownYear(statistics, scope, year);
        Map<String, RegionStatistics> figures = statistics.withChildren(scope, code, shownYear).stream()
                .collect(Collectors.toMap(RegionStatistics::region, f -> f));
        SummaryTable table = SummaryTable.of(regions.children(scope, code), figures, figures.get(code), smallCells, protect);
        try (Workbook workbook = Sheets.workbook(response, code + "-" + shownYear + "-regions.xlsx")) {
            Worksheet sheet = workbook.newWorksheet(text("print.xlsx.children.sheet", locale));
            Sheets.header(sheet, messages, locale, SummaryTable.headerKeys("print.col.regionCode", "print.col.region"));
            int r = 1;
            for (SummaryTable.Line line : table.lines()) {
                Sheets.text(sheet, r, 0, line.region().code());
                Sheets.text(sheet, r, 1, line.region().name());
                SummaryTable.write(sheet, r++, 2, line);
            }
            if (protect) sheet.value(r + 1, 0, messages.getMessage("print.protect.note", smallCells.noteArguments(), locale));
            sheet.finish();
        }
    }

    private void existing(RegionScope scope, String code) {
        if (regions.find(scope, code).isEmpty()) throw new RegionScope.OutOfScopeException(code);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
