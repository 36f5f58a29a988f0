package org.fupin.identification.web;

import org.fupin.web.Sheets;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.access.Users;
import org.fupin.identification.CaseOverview;
import org.fupin.identification.CaseRecord;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Step;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case list as XLSX: one row per case with the date each step was done, its deadline and overdue flag. */
@Controller
class IdentificationExports {

    private static final String[] HEAD = {"identification.col.case", "identification.col.kind",
            "identification.col.village", "identification.col.number", "identification.col.head",
            "identification.col.members", "identification.col.status", "identification.col.deadline",
            "identification.col.overdue"};

    private final CaseOverview overview;
    private final MessageSource messages;
    private final Users users;

    IdentificationExports(CaseOverview overview, MessageSource messages, Users users) {
        this.overview = overview;
        this.messages = messages;
        this.users = users;
    }

    @GetMapping("/export/identification/cases.xlsx")
    void cases(@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) Integer year,
               Authentication user, Locale locale, HttpServletResponse response) throws IOException {
        List<CaseOverview.Row> rows = overview.rows(users.scopeOf(user), kind, year, LocalDate.now());
        List<Step> steps = kind == null ? List.of(Step.values()) : kind.steps();
        List<String> keys = new ArrayList<>(List.of(HEAD));
        steps.forEach(s -> keys.add("identification.step." + s.name()));
        try (Workbook workbook = Sheets.workbook(response, "identification-cases.xlsx")) {
            Worksheet sheet = workbook.newWorksheet(messages.getMessage("identification.cases.title", null, locale));
            Sheets.header(sheet, messages, locale, keys.toArray(String[]::new));
            int r = 1;
            for (CaseOverview.Row row : rows) {
                CaseRecord c = row.record();
                Sheets.number(sheet, r, 0, c.id());
                Sheets.text(sheet, r, 1, messages.getMessage("identification.kind." + c.kind(), null, locale));
                Sheets.text(sheet, r, 2, c.villageCode());
                Sheets.text(sheet, r, 3, c.householdNumber());
                Sheets.text(sheet, r, 4, c.headName());
                Sheets.number(sheet, r, 5, c.memberCount());
                Sheets.text(sheet, r, 6, messages.getMessage("identification.step." + c.status(), null, locale));
                Sheets.text(sheet, r, 7, row.deadline() == null ? null : row.deadline().toString());
                Sheets.text(sheet, r, 8, row.overdue() ? messages.getMessage("web.yes", null, locale) : "");
                for (int s = 0; s < steps.size(); s++) {
                    LocalDate done = c.doneOn(steps.get(s).name());
                    Sheets.text(sheet, r, HEAD.length + s, done == null ? null : done.toString());
                }
                r++;
            }
        }
    }
}
