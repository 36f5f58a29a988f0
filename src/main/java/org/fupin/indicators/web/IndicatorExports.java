package org.fupin.indicators.web;

import org.fupin.web.Sheets;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.access.Users;
import org.fupin.indicators.Indicators;
import org.fupin.indicators.domain.IndicatorResult;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The 小康 indicator table of a region and year as XLSX: every indicator with target, actual and attainment. */
@Controller
record IndicatorExports(Indicators indicators, Users users, MessageSource messages) {

    @GetMapping("/export/indicators/{code}.xlsx")
    void export(@PathVariable String code, @RequestParam int year,
                @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set, Authentication user, Locale locale,
                HttpServletResponse response) throws IOException {
        RegionScope scope = users.scopeOf(user);
        Indicators.Report report = indicators.attainment(scope, code, year, set);
        Map<String, Indicators.Basis> bases = indicators.bases(scope, code, year, set);
        try (Workbook workbook = Sheets.workbook(response, report.region() + "-" + year + "-indicators.xlsx")) {
            Worksheet sheet = workbook.newWorksheet(String.valueOf(year));
            Sheets.header(sheet, messages, locale, "web.indicators.indicator", "web.indicators.area",
                    "web.indicators.indicator", "web.indicators.unit", "web.indicators.weight", "web.indicators.target",
                    "web.indicators.actual", "web.indicators.attainment", "facilities.export.numerator",
                    "facilities.export.denominator", "facilities.export.basis");
            int r = 1;
            for (IndicatorResult result : report.attainment().indicators()) {
                var i = result.indicator();
                Sheets.text(sheet, r, 0, i.code());
                Sheets.text(sheet, r, 1, i.area());
                Sheets.text(sheet, r, 2, i.name());
                Sheets.text(sheet, r, 3, i.unit());
                Sheets.number(sheet, r, 4, i.weight());
                Sheets.number(sheet, r, 5, i.target());
                Sheets.number(sheet, r, 6, result.actual());
                Sheets.number(sheet, r, 7, result.attainment());
                Indicators.Basis basis = bases.get(i.code());
                if (basis != null) {
                    Sheets.number(sheet, r, 8, java.math.BigDecimal.valueOf(basis.numerator()));
                    Sheets.number(sheet, r, 9, java.math.BigDecimal.valueOf(basis.denominator()));
                    Sheets.text(sheet, r, 10, messages.getMessage("facilities.method." + basis.method().name(), null, locale));
                }
                r++;
            }
            Sheets.text(sheet, r, 2, messages.getMessage("web.indicators.total", null, locale));
            Sheets.number(sheet, r, 7, report.attainment().total());
            sheet.finish();
        }
    }
}
