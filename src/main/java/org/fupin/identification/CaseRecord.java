package org.fupin.identification;

import java.time.LocalDate;
import java.util.List;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Meeting;

/**
 * A case as stored, with its recorded steps. {@code status} is the name of the step waiting to be done, or
 * REGISTERED, DEREGISTERED or REJECTED.
 */
public record CaseRecord(long id, CaseKind kind, String villageCode, int year, long householdId,
                         String householdNumber, String headName, int memberCount, String attribute, String cause,
                         String status, LocalDate stepStartedOn, Long noticeId, Boolean foodAndClothing,
                         String openedBy, List<StepRecord> steps) {

    /** A recorded step (done or rejected). */
    public record StepRecord(String step, String outcome, LocalDate decidedOn, String actor, String actorRole,
                             String comment, Meeting meeting, Long noticeId, String backdateReason) {}

    /** An attachment's description (the bytes are read separately). */
    public record Attachment(long id, String step, String fileName, String contentType, long size, String uploadedBy) {}

    public boolean isOpen() {
        return kind.isOpen(status);
    }

    /** The date the given step was done, or null. */
    public LocalDate doneOn(String step) {
        return steps.stream().filter(s -> s.step().equals(step) && s.outcome().equals("DONE"))
                .map(StepRecord::decidedOn).findFirst().orElse(null);
    }
}
