package org.fupin.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One named rule applied to one case: its stable name (message key {@code <prefix>.<name>}), whether it passed, and
 * the numbers it compared (so a page can say 公示期至 3月5日, 还剩 2 天, and not just no).
 */
public record Check(String name, boolean passed, List<Object> numbers) {

    /** Numbers may hold null (a date not recorded yet). */
    public Check {
        numbers = Collections.unmodifiableList(new ArrayList<>(numbers));
    }

    public static Check of(String name, boolean passed, Object... numbers) {
        return new Check(name, passed, Arrays.asList(numbers));
    }
}
