package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV reader decodes a block at a time (issue #22) and still reads every cell, and every bad byte on its row. */
class CsvTableTest {

    private static final String ROW = "2015,\"a,\"\"b\"\"\r\nc\",张三\r\n";

    @Test
    void readsQuotedCellsAndLineBreaksAcrossManyBlocks() throws IOException {
        int rows = 20_000;
        CsvTable table = new CsvTable(new ByteArrayInputStream(("年度,x,姓名\r\n" + ROW.repeat(rows))
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(table.header().cells()).containsExactly("年度", "x", "姓名");
        for (int i = 0; i < rows; i++) {
            Table.Row row = table.next();
            assertThat(row.number()).isEqualTo(i + 2);
            assertThat(row.cells()).containsExactly("2015", "a,\"b\"\r\nc", "张三");
        }
        assertThat(table.next()).isNull();
    }

    @Test
    void reportsAnUndecodableByteWhenReadingReachesItsRowNotBefore() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("年度,x,姓名\n".getBytes(StandardCharsets.UTF_8));
        int bad = 40_000;   // past the megabyte that decides the encoding and past many decoded blocks
        for (int row = 2; row < bad; row++) file.writeBytes("2015,第一行的文字,张三\n".getBytes(StandardCharsets.UTF_8));
        file.writeBytes(new byte[] {'2', '0', (byte) 0xFF, '\n'});
        file.writeBytes("2015,后面,李四\n".getBytes(StandardCharsets.UTF_8));
        CsvTable table = new CsvTable(new ByteArrayInputStream(file.toByteArray()));

        table.header();
        for (int row = 2; row < bad; row++) assertThat(table.next().cells()).isEqualTo(List.of("2015", "第一行的文字", "张三"));
        assertThatThrownBy(table::next).isInstanceOf(CharacterCodingException.class);
    }
}
