package org.fupin.assistance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The assistance XLSX templates and their columns, in order (docs/assistance-import-templates.md). Header texts are
 * {@code assistance.import.<TEMPLATE>.<COLUMN>} in the bundle; a file may use the Chinese or the English headers.
 */
public enum ImportTemplate {
    CADRES(List.of("UNIT", "UNIT_LEVEL", "UNIT_REGION", "NAME", "POST", "PHONE", "FLAGS")),
    PAIRINGS(List.of("VILLAGE_CODE", "YEAR", "HOUSEHOLD_NUMBER", "CADRE", "UNIT", "START")),
    MEASURES(List.of("VILLAGE_CODE", "YEAR", "HOUSEHOLD_NUMBER", "CATEGORY", "NAME", "AMOUNT", "DATE", "STATUS",
            "OUTCOME"));

    private final List<String> columns;

    ImportTemplate(List<String> columns) { this.columns = columns; }

    public List<String> columns() { return columns; }

    /** The template of this exact name (as the import page and REST take it in a path), empty for any other. */
    public static Optional<ImportTemplate> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    /** Columns that may be left empty. */
    boolean optional(String column) {
        return List.of("POST", "PHONE", "FLAGS", "OUTCOME").contains(column);
    }
}
