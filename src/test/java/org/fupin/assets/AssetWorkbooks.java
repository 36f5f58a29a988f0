package org.fupin.assets;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes an XLSX workbook of text cells (first row the headers) to a temporary file, as a clerk's template. */
public final class AssetWorkbooks {

    private AssetWorkbooks() {}

    public static Path workbook(String[][] cells) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) if (!cells[r][c].isEmpty()) sheet.value(r, c, cells[r][c]);
            }
        }
        Path file = Files.createTempFile("assets", ".xlsx");
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
