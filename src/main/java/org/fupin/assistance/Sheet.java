package org.fupin.assistance;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * The first sheet of an assistance template (.xlsx) as text rows with their Excel row numbers. Numbers keep the
 * digits Excel shows; a date cell is turned into ISO text (yyyy-mm-dd) so the same parser reads typed and date cells.
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
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            workbook.getFirstSheet().openStream().forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) cells.add(text(row.getCell(i)));
                rows.add(new Row(row.getRowNum(), cells));
            });
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) return "";
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            Integer id = cell.getDataFormatId();
            boolean date = (id != null && id >= 14 && id <= 22) || (format != null && format.contains("yy"));
            if (date) {
                return cell.asDate().toLocalDate().toString();
            }
            return new BigDecimal(cell.getRawValue()).round(new MathContext(15)).stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }
}
