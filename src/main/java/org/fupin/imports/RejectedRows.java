package org.fupin.imports;

import org.fupin.kernel.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the rows of a rejected file that carry errors into an XLSX workbook: the original header plus an error
 * column, so the clerk corrects those rows and uploads them again. The original row number is kept in a column.
 */
final class RejectedRows {

    private RejectedRows() {}

    static void write(Path file, ImportReport report, String rowHeader, String errorHeader, OutputStream out)
            throws IOException {
        Map<Integer, String> errorsByRow = report.errors().stream().filter(e -> e.row() > 1).collect(Collectors.groupingBy(
                ImportIssue::row, LinkedHashMap::new,
                Collectors.mapping(e -> "[" + e.column() + "] " + e.message(), Collectors.joining("; "))));
        try (Table table = Tables.open(file); Workbook workbook = new Workbook(out, "Fupin", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            Table.Row header = table.header();
            List<String> headerCells = header == null ? List.of() : header.cells();
            int target = 0;
            writeRow(sheet, target++, headerCells, rowHeader, errorHeader);
            for (Table.Row row = table.next(); row != null; row = table.next()) {
                String errors = errorsByRow.get(row.number());
                if (errors != null) writeRow(sheet, target++, row.cells(), String.valueOf(row.number()), errors);
            }
        }
    }

    private static void writeRow(Worksheet sheet, int r, List<String> cells, String rowNumber, String errors) {
        sheet.value(r, 0, rowNumber);
        for (int c = 0; c < cells.size(); c++) {
            sheet.value(r, c + 1, cells.get(c));
            // the rows go back to be corrected and imported again: exact values, formatted as text when risky
            if (SpreadsheetText.risky(cells.get(c))) sheet.style(r, c + 1).format("@").set();
        }
        sheet.value(r, cells.size() + 1, errors);
    }
}
