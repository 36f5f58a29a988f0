package org.fupin.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fupin.household.domain.Finding;

/**
 * Shared reading loop of the small templates (regions, village facts): header matching, blank rows, unreadable
 * files. Each row goes to a handler that checks it and stages it.
 */
public final class SmallTableImport {

    public interface RowHandler<C extends Enum<C>> {
        void accept(int row, Map<C, String> cells) throws Exception;
    }

    private SmallTableImport() {}

    /** Returns the number of data rows, or -1 when the file could not be read or its header rejects it. */
    public static <C extends Enum<C>> int read(Path file, Class<C> columns, Predicate<C> required, Issues issues,
                                        RowHandler<C> handler) throws Exception {
        int rows = 0;
        int lastRow = 1;
        try (Table table = Tables.open(file)) {
            Table.Row headerRow = table.header();
            if (headerRow == null) {
                issues.add(new Finding(1, "", "", "EMPTY_FILE", Finding.Severity.ERROR, List.of()));
                return -1;
            }
            Header<C> header = Header.match(columns, headerRow, issues, required);
            if (issues.hasErrors()) return -1;
            for (Table.Row row = table.next(); row != null; row = table.next()) {
                lastRow = row.number();
                if (row.isBlank()) continue;
                rows++;
                handler.accept(row.number(), header.cells(row, columns));
            }
        } catch (WorkbookGuard.TooLarge big) {
            issues.add(new Finding(1, "", "", "WORKBOOK_TOO_LARGE", Finding.Severity.ERROR,
                    List.of(big.megabytes(), big.limitMegabytes())));
            return -1;
        } catch (IOException | RuntimeException unreadable) {
            issues.add(new Finding(lastRow + 1, "", "", "FILE_UNREADABLE", Finding.Severity.ERROR,
                    List.of(String.valueOf(unreadable.getMessage()))));
            return -1;
        }
        return rows;
    }
}
