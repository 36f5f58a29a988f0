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
 * Issue #23: a small workbook whose shared-string table, or a worksheet's inline string, holds one enormous text
 * (here 8 MB, compressed to a few kilobytes) is refused with a plain reason before the reader loads it into memory.
 */
@FupinTest
class WorkbookGuardIntegrationTest {

    @Autowired Imports imports;
    @TempDir Path dir;

    @Test
    void aWorkbookWithAnEnormousSharedStringIsRefusedBeforeItIsRead() throws Exception {
        Path file = bomb("xl/sharedStrings.xml", "<sst><si><t>", "</t></si></sst>");
        refused(file);
    }

    @Test
    void aWorksheetWithAnEnormousInlineStringIsRefusedBeforeItIsRead() throws Exception {
        Path file = bomb("xl/worksheets/sheet1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", "</t></is></c></row></sheetData></worksheet>");
        refused(file);
    }

    @Test
    void anEnormousTextIsRefusedWhereverTheWorkbookPutsItsParts() throws Exception {
        Path file = bomb("xl/data/s1.xml",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", "</t></is></c></row></sheetData></worksheet>");
        refused(file);
    }

    /** A small file holding one 8 MB text (compressed to a few kilobytes) in the given part. */
    private Path bomb(String part, String before, String after) throws Exception {
        Path file = dir.resolve("bomb-" + part.replace('/', '-') + ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(part));
            OutputStream out = zip;
            out.write(before.getBytes(StandardCharsets.UTF_8));
            byte[] block = "A".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 128; i++) out.write(block);
            out.write(after.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(100_000);
        return file;
    }

    private void refused(Path file) {
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
