package org.fupin.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Records as one worksheet for bulk exchange (ADR 0039): a header of the records' property names as the JSON of the
 * same operation has them (nested records flattened as {@code episode.id}), numbers as numbers, everything else as
 * text (never a formula), written row by row and flushed, so a long list is not held in memory.
 */
public final class RecordSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 1000;

    private RecordSheets() {}

    /** Starts a workbook download: its content type and its file name (any characters, encoded for the header). */
    public static void begin(jakarta.servlet.http.HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes the rows; answers how many were written. */
    public static <R extends Record> int write(OutputStream out, String sheetName, Class<R> type, Iterable<R> rows) {
        List<Column> columns = columns(type, "", List.of());
        try (Workbook workbook = new Workbook(out, "Fupin", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < columns.size(); c++) sheet.value(0, c, columns.get(c).name());
            int r = 1;
            for (R row : rows) {
                for (int c = 0; c < columns.size(); c++) cell(sheet, r, c, columns.get(c).value(row));
                if (r++ % FLUSH_EVERY == 0) sheet.flush();
            }
            return r - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value == null) return;
        if (value instanceof Number n) sheet.value(r, c, n);
        else if (value instanceof Boolean b) sheet.value(r, c, b);
        else if (value instanceof Collection<?> list) {
            sheet.inlineString(r, c, list.stream().map(String::valueOf).collect(Collectors.joining("|")));
        } else if (value instanceof Map<?, ?> map) {
            sheet.inlineString(r, c, map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("|")));
        } else sheet.inlineString(r, c, value.toString());   // no shared-strings table growing in memory
    }

    /** A column: its dotted name and the accessors from the row to its value. */
    private record Column(String name, List<RecordComponent> path) {
        Object value(Object row) {
            Object value = row;
            for (RecordComponent component : path) {
                if (value == null) return null;
                try {
                    value = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return value;
        }
    }

    private static List<Column> columns(Class<?> type, String prefix, List<RecordComponent> path) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            component.getAccessor().setAccessible(true);
            List<RecordComponent> here = new ArrayList<>(path);
            here.add(component);
            if (component.getType().isRecord()) {
                columns.addAll(columns(component.getType(), prefix + component.getName() + ".", here));
            } else {
                columns.add(new Column(prefix + component.getName(), List.copyOf(here)));
            }
        }
        return columns;
    }
}
