package org.fupin.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a spreadsheet by its content: a ZIP container is an .xlsx workbook, anything else is CSV. */
final class Tables {

    private Tables() {}

    static Table open(Path file) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        return zip ? new XlsxTable(file) : new CsvTable(Files.newInputStream(file));
    }
}
