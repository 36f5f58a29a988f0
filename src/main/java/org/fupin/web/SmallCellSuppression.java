package org.fupin.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which cells of a published table to hide so that a count from 1 to k − 1 can be neither read nor worked out from
 * what is shown (ADR 0028). Pure: a table is rows of children and, when present, their total row. Three rules run
 * until nothing changes:
 * <ol>
 * <li>primary: a count from 1 to k − 1 is hidden;</li>
 * <li>derived: in a row, a figure is hidden with any figure it depends on (a rate with its count and base, an
 *     income per person with the size of its group), and when a row total is shown and exactly one of its parts is
 *     hidden, the smallest other non-zero part is hidden too (the last resort: the row total);</li>
 * <li>complementary: when the total row shows a summed column and exactly one child is hidden in it, the child
 *     with the smallest non-zero weight is hidden too (the last resort: the total).</li>
 * </ol>
 * Row-local rules run to a fixpoint before each single complementary hide, so no partner is hidden that the rows
 * would have hidden anyway.
 */
public final class SmallCellSuppression {

    public enum Kind { COUNT, AMOUNT, RATIO }

    public enum Mark { SHOWN, PRIMARY, SECONDARY }

    /**
     * A column. {@code dependsOn}: columns whose hidden cell hides this one in the same row. {@code weight}: the
     * column that ranks partners when one is chosen; null for a ratio that does not add up across rows (its count
     * and base are columns of their own), the column itself for counts and amounts.
     */
    public record Column(String name, Kind kind, List<String> dependsOn, String weight) {

        public static Column count(String name, String... dependsOn) {
            return new Column(name, Kind.COUNT, List.of(dependsOn), name);
        }

        public static Column amount(String name, String... dependsOn) {
            return new Column(name, Kind.AMOUNT, List.of(dependsOn), name);
        }

        /** A rate whose parts are columns of the table: hidden with them, never summed. */
        public static Column rate(String name, String... dependsOn) {
            return new Column(name, Kind.RATIO, List.of(dependsOn), null);
        }

        /** A per-head figure whose numerator adds up across rows although it is not shown (an income per person). */
        public static Column perHead(String name, String heads, String... dependsOn) {
            return new Column(name, Kind.RATIO, List.of(dependsOn), heads);
        }

        boolean summed() { return weight != null; }
    }

    /** In every row, {@code total} is the sum of {@code parts}. */
    public record RowSum(String total, List<String> parts) {}

    /** The columns of a table and the sums within its rows. */
    public record Layout(List<Column> columns, List<RowSum> rowSums) {

        public int index(String name) {
            for (int c = 0; c < columns.size(); c++) if (columns.get(c).name().equals(name)) return c;
            throw new IllegalArgumentException("No column " + name);
        }
    }

    /** The decision: one mark per cell, rows in the given order, the total row (when given) last. */
    public record Marks(Layout layout, List<List<Mark>> rows) {

        public Mark get(int row, String column) { return rows.get(row).get(layout.index(column)); }

        public boolean hides(int row, String column) { return get(row, column) != Mark.SHOWN; }
    }

    private final int k;
    private final Layout layout;
    private final Number[][] values;
    private final Mark[][] marks;
    private final int children;
    private final boolean withTotal;

    private SmallCellSuppression(int k, Layout layout, List<List<Number>> children, List<Number> total) {
        this.k = k;
        this.layout = layout;
        this.children = children.size();
        this.withTotal = total != null;
        List<List<Number>> all = new ArrayList<>(children);
        if (withTotal) all.add(total);
        values = new Number[all.size()][];
        marks = new Mark[all.size()][layout.columns().size()];
        for (int r = 0; r < all.size(); r++) {
            values[r] = all.get(r).toArray(Number[]::new);
            if (values[r].length != layout.columns().size()) throw new IllegalArgumentException("Row " + r + " is not as wide as the layout");
            Arrays.fill(marks[r], Mark.SHOWN);
        }
    }

    /** The marks of a table: {@code children} in the layout's column order, {@code total} their total row or null. */
    public static Marks suppress(int k, Layout layout, List<List<Number>> children, List<Number> total) {
        SmallCellSuppression table = new SmallCellSuppression(k, layout, children, total);
        table.primary();
        do table.rowsToFixpoint(); while (table.complementOneColumn());
        return table.marks();
    }

    /** Every cell shown: the table as it is without protection. */
    public static Marks none(Layout layout, int rows) {
        List<Mark> shown = Collections.nCopies(layout.columns().size(), Mark.SHOWN);
        return new Marks(layout, Collections.nCopies(rows, shown));
    }

    private void primary() {
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < marks[r].length; c++) {
                if (layout.columns().get(c).kind() == Kind.COUNT && small(values[r][c])) marks[r][c] = Mark.PRIMARY;
            }
        }
    }

    private boolean small(Number value) {
        return value != null && value.longValue() > 0 && value.longValue() < k;
    }

    private void rowsToFixpoint() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < values.length; r++) changed |= derived(r) | rowSums(r);
        }
    }

    private boolean derived(int r) {
        boolean changed = false;
        for (int c = 0; c < marks[r].length; c++) {
            if (marks[r][c] != Mark.SHOWN) continue;
            for (String d : layout.columns().get(c).dependsOn()) {
                if (marks[r][layout.index(d)] != Mark.SHOWN) {
                    marks[r][c] = Mark.SECONDARY;
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    private boolean rowSums(int r) {
        boolean changed = false;
        for (RowSum sum : layout.rowSums()) {
            int total = layout.index(sum.total());
            if (marks[r][total] != Mark.SHOWN) continue;
            List<Integer> parts = sum.parts().stream().map(layout::index).toList();
            if (parts.stream().filter(c -> marks[r][c] != Mark.SHOWN).count() != 1) continue;
            Integer partner = parts.stream().filter(c -> marks[r][c] == Mark.SHOWN && positive(values[r][c]))
                    .min((a, b) -> Double.compare(values[r][a].doubleValue(), values[r][b].doubleValue())).orElse(null);
            marks[r][partner == null ? total : partner] = Mark.SECONDARY;
            changed = true;
        }
        return changed;
    }

    /** Hides one partner (or a total) for the first summed column with exactly one hidden child; false if none. */
    private boolean complementOneColumn() {
        if (!withTotal) return false;
        for (int c = 0; c < marks[children].length; c++) {
            Column column = layout.columns().get(c);
            if (!column.summed() || marks[children][c] != Mark.SHOWN) continue;
            int col = c;
            long hidden = IntStream.range(0, children).filter(r -> marks[r][col] != Mark.SHOWN).count();
            if (hidden != 1) continue;
            int weight = layout.index(column.weight());
            int partner = IntStream.range(0, children)
                    .filter(r -> marks[r][col] == Mark.SHOWN && values[r][col] != null && positive(values[r][weight]))
                    .boxed().min((a, b) -> Double.compare(values[a][weight].doubleValue(), values[b][weight].doubleValue()))
                    .orElse(children);
            marks[partner][c] = Mark.SECONDARY;
            return true;
        }
        return false;
    }

    private static boolean positive(Number value) {
        return value != null && value.doubleValue() > 0;
    }

    private Marks marks() {
        List<List<Mark>> rows = new ArrayList<>();
        for (Mark[] row : marks) rows.add(List.of(row));
        return new Marks(layout, rows);
    }
}
