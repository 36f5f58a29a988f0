package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading thread of pass 1 hands rows over in file order, skips blank rows, and delivers a failure in its place. */
class RowPipelineTest {

    /** Rows 2.. of one cell each; row {@code blank} is blank; reading row {@code failAt} throws. */
    private static Table table(int rows, int blank, int failAt) {
        return new Table() {
            int next = 2;

            @Override public Row header() { return new Row(1, List.of("h")); }

            @Override public Row next() throws IOException {
                if (next == failAt) throw new IOException("broken at " + next);
                if (next > rows + 1) return null;
                int number = next++;
                return new Row(number, List.of(number == blank ? " " : "r" + number));
            }

            @Override public void close() {}
        };
    }

    @Test
    void handsOverEveryNonBlankRowInFileOrderAcrossBatches() throws IOException {
        List<String> seen = new ArrayList<>();
        try (RowPipeline<String> pipeline = new RowPipeline<>(table(1234, 700, -1), row -> row.cell(0))) {
            for (RowPipeline.Batch<String> batch = pipeline.take(); ; batch = pipeline.take()) {
                seen.addAll(batch.rows());
                assertThat(batch.failure()).isNull();
                if (batch.end()) {
                    assertThat(batch.lastRow()).isEqualTo(1235);
                    break;
                }
            }
        }
        assertThat(seen).hasSize(1233).doesNotContain(" ").startsWith("r2", "r3").endsWith("r1235");
        assertThat(seen.indexOf("r701")).isEqualTo(seen.indexOf("r699") + 1);
    }

    @Test
    void deliversAReadingFailureAfterTheRowsBeforeItWithTheLastRowRead() throws IOException {
        List<String> seen = new ArrayList<>();
        try (RowPipeline<String> pipeline = new RowPipeline<>(table(5000, -1, 1203), row -> row.cell(0))) {
            RowPipeline.Batch<String> batch = pipeline.take();
            while (!batch.end()) {
                seen.addAll(batch.rows());
                batch = pipeline.take();
            }
            seen.addAll(batch.rows());
            assertThat(batch.lastRow()).isEqualTo(1202);
            Throwable failure = batch.failure();
            assertThatThrownBy(() -> RowPipeline.rethrow(failure)).isInstanceOf(IOException.class).hasMessage("broken at 1203");
        }
        assertThat(seen).hasSize(1201).endsWith("r1202");
    }

    @Test
    void stopsTheReadingThreadWhenTheImportGivesUpEarly() throws IOException {
        RowPipeline<String> pipeline = new RowPipeline<>(table(100_000, -1, -1), row -> row.cell(0));
        assertThat(pipeline.take().rows()).hasSize(RowPipeline.BATCH);
        pipeline.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("registry-import-reader") && t.isAlive());
    }
}
