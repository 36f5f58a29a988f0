package org.fupin.kernel;

import java.util.List;

/**
 * An action refused by a rule or a procedure, whatever the feature: a stable code, its message key
 * ({@code <feature>.error.<code>}) with arguments, and, when rules said no, the verdict whose failed checks say why.
 * Nothing was written. Pages show it in plain Chinese; REST answers 409 with the code and the reasons.
 */
public class Refusal extends RuntimeException {

    private final String feature;
    private final String code;
    private final List<Object> args;
    private final Verdict verdict;

    public Refusal(String feature, Verdict verdict, String code, Object... args) {
        super(code + " " + List.of(args));
        this.feature = feature;
        this.code = code;
        this.args = List.of(args);
        this.verdict = verdict;
    }

    public String code() { return code; }

    public String messageKey() { return feature + ".error." + code; }

    public Object[] args() { return args.toArray(); }

    /** The checks of a refused step, or null. */
    public Verdict verdict() { return verdict; }
}
