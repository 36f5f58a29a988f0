package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fupin.web.SmallCellSuppression.Column;
import org.fupin.web.SmallCellSuppression.Layout;
import org.fupin.web.SmallCellSuppression.Mark;
import org.fupin.web.SmallCellSuppression.Marks;
import org.fupin.web.SmallCellSuppression.RowSum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Worked tables for small-cell suppression with k = 3. Columns: households (hh) = poor households (poor) + exited
 * households (out); returned households (ret, a part of poor); rural population (pop); incidence (rate = poor / pop);
 * income per person (inc, per household here). Marks: "." shown, "&lt;" primary, "×" secondary; "=" is the total row.
 */
class SmallCellSuppressionTest {

    private static final Layout LAYOUT = new Layout(List.of(
            Column.count("hh"), Column.count("poor"), Column.count("out"), Column.count("ret", "poor"),
            Column.amount("pop", "poor"), Column.rate("rate", "poor", "pop"), Column.perHead("inc", "hh", "hh")),
            List.of(new RowSum("hh", List.of("poor", "out"))));

    static Stream<Arguments> tables() {
        return Stream.of(
                arguments("a table without small counts is shown whole", """
                        A 10  5  5 0 100 5.00 5000
                        B 20  6 14 3 200 3.00 6000
                        = 30 11 19 3 300 3.67 5667
                        """, """
                        A . . . . . . .
                        B . . . . . . .
                        = . . . . . . .
                        """),
                arguments("a small poor count hides its rate, population, returned and exited, and a partner village", """
                        A 10  2  8 0 100 2.00 5000
                        B 20  5 15 0 200 2.50 6000
                        C 30  6 24 3 300 2.00 7000
                        = 60 13 47 3 600 2.17 6167
                        """, """
                        A . < × × × × .
                        B . × × × × × .
                        C . . . . . . .
                        = . . . . . . .
                        """),
                arguments("the partner is the smallest non-zero cell, never a zero", """
                        A 10  1  9 0 100 1.00 5000
                        B 10  0 10 0 100 0.00 5000
                        C 20  7 13 0 200 3.50 6000
                        D 20  4 16 0 200 2.00 6000
                        = 60 12 48 0 600 2.00 5500
                        """, """
                        A . < × × × × .
                        B . . . . . . .
                        C . . . . . . .
                        D . × × × × × .
                        = . . . . . . .
                        """),
                arguments("two small cells of a column cover each other without a partner", """
                        A 10  1  9 0 100 1.00 5000
                        B 10  2  8 0 100 2.00 5000
                        C 20  7 13 0 200 3.50 6000
                        = 40 10 30 0 400 2.50 5333
                        """, """
                        A . < × × × × .
                        B . < × × × × .
                        C . . . . . . .
                        = . . . . . . .
                        """),
                arguments("a one-household group hides its income per person, and a partner's", """
                        A  1  1  0 0  50 2.00 3000
                        B  8  4  4 0 100 4.00 5000
                        C 12  6  6 0 150 4.00 6000
                        = 21 11 10 0 300 3.67 5381
                        """, """
                        A < < . × × × ×
                        B × × . × × × ×
                        C . . . . . . .
                        = . . . . . . .
                        """),
                arguments("a total equal to its one small cell is small itself and needs no partner", """
                        A 10  2  8 0 100 2.00 5000
                        B 10  0 10 0 100 0.00 5000
                        = 20  2 18 0 200 1.00 5000
                        """, """
                        A . < × × × × .
                        B . . . . . . .
                        = . < × × × × .
                        """),
                arguments("a partner equal to its row total hides that total, and the hiding spreads until stable", """
                        A 10  1  9 0 100 1.00 5000
                        B  6  6  0 0 100 6.00 4000
                        C 20  8 12 0 200 4.00 6000
                        = 36 15 21 0 400 3.75 5389
                        """, """
                        A × < × × × × ×
                        B × × . × × × ×
                        C . × × × × × .
                        = . . . . . . .
                        """),
                arguments("without a total row only the rows protect themselves", """
                        A 10  2  8 0 100 2.00 5000
                        B 20  5 15 0 200 2.50 6000
                        """, """
                        A . < × × × × .
                        B . . . . . . .
                        """),
                arguments("a rate without a base is hidden with its count all the same", """
                        A 10  2  8 0   0    - 5000
                        B 20  5 15 0   0    - 6000
                        C 30  6 24 3 300 2.00 7000
                        = 60 13 47 3 300 4.33 6167
                        """, """
                        A . < × × × × .
                        B . × × × × × .
                        C . . . . . . .
                        = . . . . . . .
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void hidesExactlyTheWorkedCells(String sentence, String table, String expected) {
        List<List<Number>> rows = new ArrayList<>();
        List<Number> total = null;
        for (String line : table.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            List<Number> values = new ArrayList<>();
            for (int c = 1; c < cells.length; c++) values.add(cells[c].equals("-") ? null : new BigDecimal(cells[c]));
            if (cells[0].equals("=")) total = values;
            else rows.add(values);
        }

        Marks marks = SmallCellSuppression.suppress(3, LAYOUT, rows, total);

        assertThat(drawn(marks, table)).isEqualTo(expected.strip());
    }

    @Test
    void kComesFromTheCallerAndZeroIsNeverSmall() {
        List<List<Number>> rows = List.of(row(10, 4, 6), row(10, 0, 10), row(20, 9, 11));

        Marks marks = SmallCellSuppression.suppress(5, new Layout(List.of(Column.count("hh"), Column.count("poor"),
                Column.count("out")), List.of()), rows, row(40, 13, 27));

        assertThat(marks.get(0, "poor")).isEqualTo(Mark.PRIMARY);
        assertThat(marks.get(1, "poor")).isEqualTo(Mark.SHOWN);
        assertThat(marks.get(2, "poor")).as("the partner of the one small cell").isEqualTo(Mark.SECONDARY);
        assertThat(marks.rows().get(3)).containsOnly(Mark.SHOWN);
    }

    private static List<Number> row(long... values) {
        return java.util.Arrays.stream(values).<Number>mapToObj(v -> v).toList();
    }

    private static String drawn(Marks marks, String table) {
        String[] labels = table.strip().lines().map(l -> l.trim().split("\\s+")[0]).toArray(String[]::new);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < marks.rows().size(); r++) {
            out.append(labels[r]);
            for (Mark m : marks.rows().get(r)) out.append(' ').append(m == Mark.SHOWN ? "." : m == Mark.PRIMARY ? "<" : "×");
            if (r < marks.rows().size() - 1) out.append('\n');
        }
        return out.toString();
    }
}
