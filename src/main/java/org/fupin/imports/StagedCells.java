package org.fupin.imports;

import java.util.EnumMap;
import java.util.Map;
import org.fupin.household.domain.RegistryColumn;

/**
 * The normalised cells of a registry row as one text value in the row stage (issue #22): each cell as its length, a
 * colon and its text, in the template's column order. PostgreSQL stores it as it comes (an array of 31 texts cost
 * more to copy in than the rest of the row), and only the rows of households split across the file are unpacked.
 */
final class StagedCells {

    private static final RegistryColumn[] COLUMNS = RegistryColumn.values();

    private StagedCells() {}

    static String pack(Map<RegistryColumn, String> cells) {
        StringBuilder out = new StringBuilder(256);
        for (RegistryColumn column : COLUMNS) {
            String cell = cells.getOrDefault(column, "");
            out.append(cell.length()).append(':').append(cell);
        }
        return out.toString();
    }

    /** Every column of the template, blank ("") where the file has none. */
    static Map<RegistryColumn, String> unpack(String packed) {
        Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
        int at = 0;
        for (RegistryColumn column : COLUMNS) {
            int colon = packed.indexOf(':', at);
            int length = Integer.parseInt(packed, at, colon, 10);
            cells.put(column, packed.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        return cells;
    }
}
