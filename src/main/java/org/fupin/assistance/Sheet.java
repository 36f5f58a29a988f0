package org.fupin.assistance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fupin.imports.SheetReader;

/**
 * The first sheet of an assistance template as text rows with their Excel row numbers, read by the one tabular
 * reader of every import ({@link SheetReader}: .xlsx or CSV, date cells as ISO text), each cell stripped.
 */
final class Sheet {

    record Row(int number, List<String> cells) {
        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private Sheet() {}

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (SheetReader sheet = SheetReader.open(file)) {
            for (SheetReader.SheetRow row = sheet.header(); row != null; row = sheet.next()) {
                rows.add(new Row(row.number(), row.cells().stream().map(c -> c == null ? "" : c.strip()).toList()));
            }
        }
        return rows;
    }
}
