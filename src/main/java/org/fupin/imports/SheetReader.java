package org.fupin.imports;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The public entry to this module's CSV and XLSX readers ({@link Tables}, {@link CsvTable}, {@link XlsxTable}) for
 * other modules' own imports (the comparison module's external lists): same encoding detection, same row numbers
 * as Excel shows them. Report problems with {@link ImportIssue} and {@link ImportReport}.
 */
public final class SheetReader implements Closeable {

    /** One row: its number as Excel shows it (header = 1) and its cells, never null. */
    public record SheetRow(int number, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private final Table table;

    private SheetReader(Table table) { this.table = table; }

    /** Opens a file by its content: a ZIP container is an .xlsx workbook, anything else is CSV. */
    public static SheetReader open(Path file) throws IOException {
        return new SheetReader(Tables.open(file));
    }

    /** The first row, or null for an empty file. */
    public SheetRow header() throws IOException {
        return of(table.header());
    }

    /** The next row, or null at the end. */
    public SheetRow next() throws IOException {
        return of(table.next());
    }

    private static SheetRow of(Table.Row row) {
        return row == null ? null : new SheetRow(row.number(), row.cells());
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
