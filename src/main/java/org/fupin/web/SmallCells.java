package org.fupin.web;

import java.util.List;
import org.fupin.web.SmallCellSuppression.Layout;
import org.fupin.web.SmallCellSuppression.Mark;
import org.fupin.web.SmallCellSuppression.Marks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Small-cell protection for tables shown outside the office (ADR 0028): a count from 1 to k − 1 is printed as
 * "&lt;k", and every cell from which such a count could be worked out (its rates and incomes, its partner in a sum)
 * as "×", so that a household cannot be singled out from a published table. k comes from {@code fupin.small-cell.k}
 * (default 3).
 */
@Component("smallCells")
public class SmallCells {

    /** The mark of a cell hidden so that a small count cannot be worked out (secondary suppression). */
    public static final String SECONDARY = "×";

    private final int k;

    public SmallCells(@Value("${fupin.small-cell.k:3}") int k) {
        this.k = k;
    }

    public int k() { return k; }

    /** The arguments of the footnote explaining the marks: k and k − 1. */
    public Object[] noteArguments() { return new Object[] {k, k - 1}; }

    /** The marks of a table with protection, or every cell shown without. */
    public Marks marks(Layout layout, List<List<Number>> children, List<Number> total, boolean protect) {
        if (!protect) return SmallCellSuppression.none(layout, children.size() + (total == null ? 0 : 1));
        return SmallCellSuppression.suppress(k, layout, children, total);
    }

    /** The text printed instead of a hidden cell: "&lt;k" for a small count, "×" for the others. */
    public String text(Mark mark) {
        return switch (mark) {
            case SHOWN -> null;
            case PRIMARY -> "<" + k;
            case SECONDARY -> SECONDARY;
        };
    }
}
