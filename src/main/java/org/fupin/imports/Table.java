package org.fupin.imports;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A spreadsheet read row by row: the header, then each data row with its row number as Excel shows it. */
interface Table extends Closeable {

    record Row(int number, List<String> cells) {
        String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The first row, or null for an empty file. */
    Row header() throws IOException;

    /** The next row, or null at the end. */
    Row next() throws IOException;
}
