package org.fupin.monitoring;

import java.util.List;
import org.fupin.notice.domain.Verdict;

/**
 * An action of monitoring refused: a code (message key {@code monitoring.error.<code>}) with arguments and, when a
 * rule said no, the verdict whose failed checks say why. Nothing was written.
 */
public class MonitoringException extends RuntimeException {

    private final String code;
    private final List<Object> args;
    private final Verdict verdict;

    public MonitoringException(String code, Object... args) {
        this(null, code, args);
    }

    public MonitoringException(Verdict verdict, String code, Object... args) {
        super(code + " " + List.of(args));
        this.code = code;
        this.args = List.of(args);
        this.verdict = verdict;
    }

    public String code() { return code; }

    public String messageKey() { return "monitoring.error." + code; }

    public Object[] args() { return args.toArray(); }

    public Verdict verdict() { return verdict; }
}
