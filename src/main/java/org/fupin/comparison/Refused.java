package org.fupin.comparison;

import java.util.List;

/** A request the comparison rules refuse, with the reasons (codes of {@code comparison.refused.<code>}). */
public class Refused extends RuntimeException {

    private final List<String> problems;

    public Refused(List<String> problems) {
        super(String.join(",", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
