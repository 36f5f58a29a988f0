package org.fupin.api;

import java.util.List;

/**
 * A change a rule refused, nothing written: 409 with the first reason's stable code and the reasons as sentences in
 * the caller's language (for modules whose rules answer reasons rather than throwing a {@code Refusal}).
 */
public class RuleRefused extends RuntimeException {

    private final String code;
    private final List<String> sentences;

    public RuleRefused(String code, List<String> sentences) {
        super(String.join(" ", sentences));
        this.code = code;
        this.sentences = List.copyOf(sentences);
    }

    public String code() { return code; }

    public List<String> sentences() { return sentences; }
}
