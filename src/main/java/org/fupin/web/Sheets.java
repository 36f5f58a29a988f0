package org.fupin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.kernel.SpreadsheetText;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Shared pieces of the XLSX downloads: the streamed workbook, a bold frozen header from the bundle, cells. */
public final class Sheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {}

    public static Workbook workbook(HttpServletResponse response, String filename) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        return new Workbook(response.getOutputStream(), "Fupin", "1.0");
    }

    public static void header(Worksheet sheet, MessageSource messages, Locale locale, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            sheet.value(0, c, messages.getMessage(keys[c], null, locale));
            sheet.width(c, c == 1 || c == 2 ? 20 : 14);
        }
        sheet.range(0, 0, 0, keys.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
    }

    /** A text cell; one a spreadsheet could take for a formula is written with a leading apostrophe (issue #23). */
    public static void text(Worksheet sheet, int r, int c, String value) {
        if (value != null) sheet.value(r, c, SpreadsheetText.neutralised(value));
    }

    public static void number(Worksheet sheet, int r, int c, Number value) {
        if (value != null) sheet.value(r, c, value);
    }
}
