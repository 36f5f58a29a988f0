package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #23: a small workbook whose shared-string table holds one enormous text (here 8 MB, compressed to a few
 * kilobytes) is refused with a plain reason before the reader loads the table into memory.
 */
@FupinTest
class WorkbookGuardIntegrationTest {

    @Autowired Imports imports;
    @TempDir Path dir;

    @Test
    void aWorkbookWithAnEnormousSharedStringIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            OutputStream out = zip;
            out.write("<sst><si><t>".getBytes(StandardCharsets.UTF_8));
            byte[] block = "A".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 128; i++) out.write(block);
            out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(100_000);

        ImportReport report = imports.importRegistry(file, true, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("WORKBOOK_TOO_LARGE");
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.message()).contains("工作簿中的文字过大", "上限 1 MB");
        });
        ImportReport facts = imports.importVillageFacts(file, true, Imports.DEFAULT_LOCALE);
        assertThat(facts.errors()).extracting(ImportIssue::code).containsExactly("WORKBOOK_TOO_LARGE");
    }
}
