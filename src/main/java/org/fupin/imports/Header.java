package org.fupin.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fupin.dictionary.Text;
import org.fupin.household.domain.Finding;

/**
 * Matches a file's header row to a template's columns by normalised header text. Unknown columns are warnings;
 * a missing required column or a repeated one is an error that rejects the file before any row is read.
 */
final class Header<C extends Enum<C>> {

    private final Map<C, Integer> positions;

    private Header(Map<C, Integer> positions) { this.positions = positions; }

    static <C extends Enum<C>> Header<C> match(Class<C> columns, Table.Row header, Issues issues, Predicate<C> required) {
        Map<String, C> byText = new HashMap<>();
        for (C column : columns.getEnumConstants()) {
            byText.put(Text.normalise(issues.header(column.name())), column);
        }
        Map<C, Integer> positions = new EnumMap<>(columns);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = Text.normalise(header.cell(i));
            if (text.isEmpty()) continue;
            C column = byText.get(text);
            if (column == null) {
                issues.add(new Finding(1, text, text, "UNKNOWN_COLUMN", Finding.Severity.WARNING, List.of()));
            } else if (positions.putIfAbsent(column, i) != null) {
                issues.add(new Finding(1, column.name(), text, "REPEATED_COLUMN", Finding.Severity.ERROR, List.of()));
            }
        }
        for (C column : columns.getEnumConstants()) {
            if (required.test(column) && !positions.containsKey(column)) {
                issues.add(new Finding(1, column.name(), "", "MISSING_COLUMN", Finding.Severity.ERROR, List.of()));
            }
        }
        return new Header<>(positions);
    }

    Map<C, String> cells(Table.Row row, Class<C> columns) {
        Map<C, String> out = new EnumMap<>(columns);
        positions.forEach((column, index) -> out.put(column, Text.normalise(row.cell(index))));
        return out;
    }

    List<String> ordered(Table.Row row, Class<C> columns) {
        List<String> out = new ArrayList<>();
        for (C column : columns.getEnumConstants()) {
            Integer index = positions.get(column);
            out.add(index == null ? "" : Text.normalise(row.cell(index)));
        }
        return out;
    }
}
