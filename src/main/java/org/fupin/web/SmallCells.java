package org.fupin.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Small-cell protection for tables shown outside the office: a count from 1 to k − 1 is printed as "&lt;k" so that
 * a household cannot be singled out from a published table. k comes from {@code fupin.small-cell.k} (default 3).
 * Used from templates as {@code ${@smallCells.show(n, protect)}}.
 */
@Component("smallCells")
public class SmallCells {

    private final int k;

    public SmallCells(@Value("${fupin.small-cell.k:3}") int k) {
        this.k = k;
    }

    public String show(long count, boolean protect) {
        return protect && count > 0 && count < k ? "<" + k : String.valueOf(count);
    }

    public boolean hides(long count, boolean protect) {
        return protect && count > 0 && count < k;
    }
}
