package org.fupin.assistance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.web.Sheets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An empty assistance template: one sheet named after it with its header row in the caller's language. */
@Component
public record TemplateSheet(MessageSource messages) {

    /** The file name a download of the template carries, e.g. {@code cadres.xlsx}. */
    public static String fileName(ImportTemplate template) {
        return template.name().toLowerCase(Locale.ROOT) + ".xlsx";
    }

    public void write(ImportTemplate template, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Fupin", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("assistance.term." + template.name(), null, locale));
        Sheets.header(sheet, messages, locale, template.columns().stream()
                .map(c -> "assistance.import." + template.name() + "." + c).toArray(String[]::new));
        workbook.finish();
    }
}
