package org.fupin.monitoring;

import org.fupin.kernel.Refusal;
import org.fupin.kernel.Verdict;

/** An action of monitoring refused (message key {@code monitoring.error.<code>}); see {@link Refusal}. */
public class MonitoringException extends Refusal {

    public MonitoringException(String code, Object... args) {
        this(null, code, args);
    }

    public MonitoringException(Verdict verdict, String code, Object... args) {
        super("monitoring", verdict, code, args);
    }
}
