package org.fupin.identification;

import org.fupin.kernel.Refusal;
import org.fupin.kernel.Verdict;

/** An action on a case refused (message key {@code identification.error.<code>}); see {@link Refusal}. */
public class CaseException extends Refusal {

    public CaseException(String code, Object... args) {
        this(null, code, args);
    }

    public CaseException(Verdict verdict, String code, Object... args) {
        super("identification", verdict, code, args);
    }
}
