package org.fupin.identification;

import java.nio.charset.StandardCharsets;
import org.fupin.comparison.Comparison;
import org.fupin.comparison.HitConfirmed;
import org.fupin.identification.domain.CaseKind;
import org.fupin.region.RegionScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a confirmed comparison hit into its procedure, in the review's transaction (issue #11): a death becomes a
 * natural-decrease event of the household; any other confirmed hit opens a removal case (剔除) with the hit's evidence
 * attached — or, when the household already has one open, adds the evidence to it. The status changes only at the
 * end of that case, after its appraisal, notice and county approval.
 */
@Component
record ComparisonHandOff(IdentificationCases cases, HouseholdEvents events, CaseRepository repository,
                         Comparison comparison) {

    /** The role recorded for what the hand-off does on the reviewer's behalf (the reviewer is named). */
    static final String ROLE = "COMPARISON_REVIEW";

    @EventListener
    void hitConfirmed(HitConfirmed hit) {
        if ("NATURAL_DECREASE".equals(hit.kind())) {
            events.record(RegionScope.ALL, hit.householdId(), EventType.NATURAL_DECREASE, hit.reviewedOn(),
                    "comparison hit " + hit.hitId() + ": " + hit.personIdMasked(), null, hit.reviewer());
            comparison.takeRequest(hit.requestId());
            return;
        }
        Actor actor = new Actor(hit.reviewer(), ROLE);
        long caseId = repository.openCaseOf(hit.householdId(), CaseKind.REMOVAL)
                .orElseGet(() -> cases.open(RegionScope.ALL, CaseKind.REMOVAL, hit.householdId(), hit.reviewedOn(), actor));
        cases.attach(RegionScope.ALL, caseId, "comparison-hit-" + hit.hitId() + ".json", "application/json",
                hit.evidence().getBytes(StandardCharsets.UTF_8), actor);
        comparison.takeRequest(hit.requestId());
    }
}
