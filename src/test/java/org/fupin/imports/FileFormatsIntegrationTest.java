package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same registry as GB18030 CSV, as UTF-8 CSV with BOM and reordered columns, and as XLSX: all accepted alike. */
@FupinTest
class FileFormatsIntegrationTest {

    @Autowired Imports imports;

    @BeforeEach
    void importRegions() {
        imports.importRegions(Samples.file("regions.csv"), false, Imports.DEFAULT_LOCALE);
    }

    @Test
    void acceptsAGb18030CsvAsExcelOnChineseWindowsSavesIt() throws Exception {
        Path file = Files.createTempFile("registry-gbk", ".csv");
        Files.writeString(file, Files.readString(Samples.file("registry.csv")), Charset.forName("GB18030"));

        ImportReport report = imports.importRegistry(file, true, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.households()).isEqualTo(649);
    }

    @Test
    void acceptsAnXlsxWorkbookWithNumbersTypedAsNumbers() throws Exception {
        Path file = Files.createTempFile("registry", ".xlsx");
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    boolean number = r > 0 && cells[c].matches("\\d{1,9}(\\.\\d+)?") ;
                    if (number) sheet.value(r, c, new java.math.BigDecimal(cells[c]));
                    else sheet.value(r, c, cells[c]);
                }
            }
        }

        ImportReport report = imports.importRegistry(file, true, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.households()).isEqualTo(649);
    }

    @Test
    void matchesColumnsByHeaderWhateverTheirOrderAndWarnsOfUnknownOnes() throws Exception {
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (int r = 0; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",", -1);
            String extra = r == 0 ? " 备注 " : "";
            // move the first column to the end and add an unknown column
            csv.append(String.join(",", java.util.Arrays.copyOfRange(cells, 1, cells.length))).append(',').append(cells[0])
                    .append(',').append(extra).append('\n');
        }
        Path file = Files.createTempFile("registry-reordered", ".csv");
        Files.writeString(file, csv.toString().replace("务工时间（月）", "务工时间(月)"), StandardCharsets.UTF_8);

        ImportReport report = imports.importRegistry(file, true, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).anyMatch(w -> w.code().equals("UNKNOWN_COLUMN") && w.row() == 1);
    }

    @Test
    void rejectsAFileWithoutARequiredColumnBeforeReadingAnyRow() throws Exception {
        List<String> lines = Files.readAllLines(Samples.file("registry.csv"), StandardCharsets.UTF_8);
        Path file = Files.createTempFile("registry-missing", ".csv");
        Files.writeString(file, String.join("\n", lines).replaceFirst("证件号码", "身份证"), StandardCharsets.UTF_8);

        ImportReport report = imports.importRegistry(file, false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.rows()).isZero();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("MISSING_COLUMN");
            assertThat(e.column()).isEqualTo("证件号码");
            assertThat(e.row()).isEqualTo(1);
        });
    }
}
