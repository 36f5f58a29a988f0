package org.fupin.notice;

import java.util.List;

/** A notice change refused; the message key ({@code notice.error.<code>}) and its arguments say why in plain words. */
public class NoticeException extends RuntimeException {

    private final String code;
    private final List<Object> args;

    public NoticeException(String code, Object... args) {
        super(code + " " + List.of(args));
        this.code = code;
        this.args = List.of(args);
    }

    public String code() { return code; }

    public String messageKey() { return "notice.error." + code; }

    public Object[] args() { return args.toArray(); }
}
