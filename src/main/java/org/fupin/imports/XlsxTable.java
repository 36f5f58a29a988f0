package org.fupin.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** The first sheet of an .xlsx workbook, streamed row by row (the sheet is never held in memory whole). */
final class XlsxTable implements Table {

    private final ReadableWorkbook workbook;
    private final Stream<org.dhatim.fastexcel.reader.Row> stream;
    private final Iterator<org.dhatim.fastexcel.reader.Row> rows;

    XlsxTable(java.nio.file.Path file) throws IOException {
        WorkbookGuard.check(file);
        this.workbook = new ReadableWorkbook(file.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
        this.stream = workbook.getFirstSheet().openStream();
        this.rows = stream.iterator();
    }

    @Override
    public Row header() {
        return next();
    }

    @Override
    public Row next() {
        if (!rows.hasNext()) return null;
        org.dhatim.fastexcel.reader.Row row = rows.next();
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return new Row(row.getRowNum(), cells);
    }

    /**
     * Numbers keep the digits Excel shows (15 significant digits), never a binary-floating-point tail; a cell
     * formatted as a date is read as ISO text (yyyy-mm-dd), so typed dates and date cells parse alike.
     */
    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) return "";
        if (cell.getType() == CellType.NUMBER) {
            Integer id = cell.getDataFormatId();
            String format = cell.getDataFormatString();
            if ((id != null && id >= 14 && id <= 22) || (format != null && format.contains("yy"))) {
                return cell.asDate().toLocalDate().toString();
            }
            BigDecimal number = new BigDecimal(cell.getRawValue()).round(new MathContext(15)).stripTrailingZeros();
            return number.toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
