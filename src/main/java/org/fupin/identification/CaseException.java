package org.fupin.identification;

import java.util.List;
import org.fupin.notice.domain.Verdict;

/**
 * An action on a case refused: a code (message key {@code identification.error.<code>}) with arguments, and, when a
 * step could not be recorded, the verdict whose failed checks say why.
 */
public class CaseException extends RuntimeException {

    private final String code;
    private final List<Object> args;
    private final Verdict verdict;

    public CaseException(String code, Object... args) {
        this(null, code, args);
    }

    public CaseException(Verdict verdict, String code, Object... args) {
        super(code + " " + List.of(args));
        this.code = code;
        this.args = List.of(args);
        this.verdict = verdict;
    }

    public String code() { return code; }

    public String messageKey() { return "identification.error." + code; }

    public Object[] args() { return args.toArray(); }

    /** The checks of a refused step, or null. */
    public Verdict verdict() { return verdict; }
}
