package org.fupin.notice.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An objection (异议) to a public notice: who raised it, about whom (a 户编号 or name, may be empty), what it says, when it was received, and, once handled,
 * the outcome and the date it was resolved.
 */
public record Objection(long id, String objector, String subject, String content, LocalDate receivedOn,
                        String outcome, LocalDate resolvedOn) {

    public Objection {
        Objects.requireNonNull(receivedOn);
        if (resolvedOn != null && resolvedOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("An objection cannot be resolved before it was received");
        }
    }

    /** Open on a date: received by then and not yet resolved by then. */
    public boolean isOpenOn(LocalDate date) {
        return !receivedOn.isAfter(date) && (resolvedOn == null || resolvedOn.isAfter(date));
    }
}
