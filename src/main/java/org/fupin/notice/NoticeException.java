package org.fupin.notice;

import org.fupin.kernel.Refusal;

/** A notice change refused (message key {@code notice.error.<code>}); see {@link Refusal}. */
public class NoticeException extends Refusal {

    public NoticeException(String code, Object... args) {
        super("notice", null, code, args);
    }
}
