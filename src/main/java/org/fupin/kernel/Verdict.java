package org.fupin.kernel;

import java.util.List;

/** The checks of one decision, in the order they were made; the decision holds when every check passed. */
public record Verdict(List<Check> checks) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    /** The checks that failed: the reasons why not. */
    public List<Check> reasons() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
