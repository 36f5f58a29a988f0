package org.fupin.comparison;

import org.springframework.context.ApplicationEventPublisher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.audit.AuditLog;
import org.fupin.comparison.domain.Review;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Review of one hit by its village or township. Confirming records the decision and creates the hand-off record
 * for the case workflow (#5), {@code comparison_case_request}, with the evidence attached as JSON: a removal case
 * request, or a natural-decrease event request for a death, and publishes {@link HitConfirmed} so that the
 * procedure opens in the same transaction (a removal case, or the natural-decrease event). Dismissing needs a reason.
 * Both are audited.
 */
@Component
record ReviewDesk(HitRepository hits, AuditLog audit, ObjectMapper json, ApplicationEventPublisher events) {

    /** Must run inside the caller's transaction. */
    Views.HitDetail review(RegionScope scope, long id, Review.Decision decision, String note) {
        Views.HitDetail detail = hits.detail(id).filter(d -> scope.permits(d.hit().villageCode()))
                .orElseThrow(() -> new RegionScope.OutOfScopeException("hit " + id));
        String text = note == null ? null : note.strip();
        if (decision == null) throw new Refused(List.of("DECISION_REQUIRED"));
        List<String> problems = Review.check(Review.Status.valueOf(detail.hit().status()), decision, text);
        if (!problems.isEmpty()) throw new Refused(problems);
        String actor = Actor.current();
        if (!hits.decide(id, Review.after(decision).name(), actor, text)) throw new Refused(List.of("ALREADY_REVIEWED"));
        Views.Hit hit = detail.hit();
        if (decision == Review.Decision.CONFIRM) {
            String kind = Review.requestKind(Review.Consequence.valueOf(hit.consequence()));
            String evidence = evidence(detail, text);
            long request = hits.requestCase(hit, kind, evidence, actor);
            events.publishEvent(new HitConfirmed(id, request, hit.householdId(), kind, hit.personIdMasked(),
                    java.time.LocalDate.now(), evidence, actor));
            audit.record("COMPARISON_CONFIRM", "hit " + id, "household=" + hit.householdNumber() + " rule="
                    + hit.ruleCode() + " record=" + detail.evidence().recordId() + " request=" + request + " kind=" + kind);
        } else {
            audit.record("COMPARISON_DISMISS", "hit " + id, "household=" + hit.householdNumber() + " rule="
                    + hit.ruleCode() + " record=" + detail.evidence().recordId() + " reason=" + text);
        }
        return hits.detail(id).orElseThrow();
    }

    /** The evidence handed over: the rule, the person (masked) and the department's record as it was sent. */
    private String evidence(Views.HitDetail detail, String note) {
        Views.Hit h = detail.hit();
        Views.Evidence e = detail.evidence();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hit", h.id());
        out.put("run", h.runId());
        out.put("rule", h.ruleCode());
        out.put("consequence", h.consequence());
        out.put("person", h.personName());
        out.put("personId", h.personIdMasked());
        out.put("list", e.listType());
        out.put("department", e.department());
        out.put("asOf", String.valueOf(e.asOf()));
        out.put("batch", e.batchId());
        out.put("file", e.fileName());
        out.put("row", e.rowNo());
        out.put("record", e.recordId());
        out.put("category", e.category());
        out.put("status", e.status());
        out.put("amount", e.amount() == null ? null : e.amount().toPlainString());
        out.put("area", e.area() == null ? null : e.area().toPlainString());
        out.put("date", e.date() == null ? null : e.date().toString());
        out.put("detail", e.detail());
        out.put("reviewNote", note);
        return json.writeValueAsString(out);
    }
}
