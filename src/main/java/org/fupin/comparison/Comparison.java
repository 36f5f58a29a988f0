package org.fupin.comparison;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.comparison.domain.Review;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one entry point of data comparison (issue #11, ADR 0010): external lists, runs, the discrepancy queue and
 * its review, consents. Pages, REST and CLI call these methods; each owns its transaction and its audit event.
 * Nothing here changes a household: a confirmed hit becomes a {@link Views.CaseRequest} for the case workflow.
 */
@Service
public class Comparison {

    private final TransactionTemplate transactions;
    private final ExternalListImport lists;
    private final RunRepository runs;
    private final HitRepository hits;
    private final ReviewDesk desk;
    private final AuditLog audit;
    private final String consentMode;

    Comparison(TransactionTemplate transactions, ExternalListImport lists, RunRepository runs, HitRepository hits,
               ReviewDesk desk, AuditLog audit, @Value("${fupin.comparison.without-consent:SKIP}") String consentMode) {
        this.transactions = transactions;
        this.lists = lists;
        this.runs = runs;
        this.hits = hits;
        this.desk = desk;
        this.audit = audit;
        this.consentMode = "FLAG".equalsIgnoreCase(consentMode) ? "FLAG" : "SKIP";
    }

    /** Imports a list whole or not at all; a rejected list is audited too, with its error count. */
    public Views.ListImport importList(Path file, ListSource source, Locale locale) {
        if (source.type() == null || source.asOf() == null || source.department() == null
                || source.department().isBlank() || source.department().strip().length() > 100) {
            throw new Refused(List.of("SOURCE_INCOMPLETE"));
        }
        String target = source.type() + " " + file.getFileName();
        Views.ListImport result = transactions.execute(status -> {
            try {
                ExternalListImport.Outcome outcome = lists.run(file, source, Actor.current(), locale);
                if (!outcome.report().accepted()) status.setRollbackOnly();
                else audit.record("COMPARISON_IMPORT_LIST", target, summary(source, outcome));
                return new Views.ListImport(outcome.report(), outcome.batchId(), outcome.legacyIds());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!result.report().accepted()) {
            audit.record("COMPARISON_IMPORT_LIST_REJECTED", target, "errors=" + result.report().errorCount());
        }
        return result;
    }

    private static String summary(ListSource source, ExternalListImport.Outcome outcome) {
        return "batch=" + outcome.batchId() + " department=" + source.department() + " asOf=" + source.asOf()
                + " rows=" + outcome.report().rows() + " legacyIds=" + outcome.legacyIds();
    }

    /** Compares every member of the households of {@code year} under {@code regionCode} with all lists. */
    @Transactional
    public Views.Run run(RegionScope scope, String regionCode, int year) {
        RegionCode code = scope.require(regionCode);
        long id = runs.run(year, code.prefix(), consentMode, Actor.current());
        Views.Run run = runs.find(id).orElseThrow();
        audit.record("COMPARISON_RUN", code.value(), "run=" + id + " year=" + year + " consent=" + consentMode
                + " persons=" + run.personsCompared() + " withoutConsent=" + run.householdsWithoutConsent()
                + " newHits=" + run.newHits());
        return run;
    }

    @Transactional(readOnly = true)
    public List<Views.Run> runs(RegionScope scope) { return runs.runs(scope.prefix(), 200); }

    @Transactional(readOnly = true)
    public Optional<Views.Run> findRun(long id) { return runs.find(id); }

    @Transactional(readOnly = true)
    public List<Views.Hit> hitsOfRun(long runId) { return hits.ofRun(runId); }

    @Transactional(readOnly = true)
    public List<Views.Batch> batches() { return runs.batches(200); }

    @Transactional(readOnly = true)
    public List<Views.Rule> rules(int year) { return runs.rules(year); }

    /**
     * The queue of a village or township ({@code regionCode}; blank = the whole scope): hits in {@code status}
     * (null = all), at most 500.
     */
    @Transactional(readOnly = true)
    public Views.Queue queue(RegionScope scope, String regionCode, Review.Status status) {
        String prefix = regionCode == null || regionCode.isBlank() ? scope.prefix() : scope.require(regionCode).prefix();
        return new Views.Queue(hits.queue(prefix, status == null ? null : status.name(), 500), hits.pending(prefix));
    }

    /** One hit with its external record; looking at the record is audited. */
    @Transactional
    public Optional<Views.HitDetail> hit(RegionScope scope, long id) {
        Optional<Views.HitDetail> detail = hits.detail(id).filter(d -> scope.permits(d.hit().villageCode()));
        detail.ifPresent(d -> audit.record("COMPARISON_VIEW_RECORD", "hit " + id,
                "record=" + d.evidence().recordId() + " batch=" + d.evidence().batchId() + " list=" + d.evidence().listType()));
        return detail;
    }

    /** Confirms or dismisses a pending hit; see {@link ReviewDesk}. */
    @Transactional
    public Views.HitDetail review(RegionScope scope, long id, Review.Decision decision, String note) {
        return desk.review(scope, id, decision, note);
    }

    /** Called by the procedure that has acted on a confirmed hit (in the review's transaction). */
    @Transactional
    public void takeRequest(long requestId) {
        if (!hits.take(requestId)) throw new IllegalStateException("request " + requestId + " is not open");
    }

    @Transactional(readOnly = true)
    public List<Views.CaseRequest> caseRequests(RegionScope scope) { return hits.caseRequests(scope.prefix()); }

    /** Records (or replaces) a household's signed authorisation for data comparison. */
    @Transactional
    public Views.Consent recordConsent(RegionScope scope, long householdId, LocalDate signedOn, String evidence) {
        String[] household = household(scope, householdId);
        String text = evidence == null ? "" : evidence.strip();
        if (signedOn == null || text.isEmpty() || text.length() > 500) throw new Refused(List.of("CONSENT_INCOMPLETE"));
        runs.saveConsent(household, signedOn, text, Actor.current());
        audit.record("COMPARISON_CONSENT", "household " + household[1], "signedOn=" + signedOn);
        return runs.consent(household[0], household[1]).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Views.Consent> consent(RegionScope scope, long householdId) {
        String[] household = household(scope, householdId);
        return runs.consent(household[0], household[1]);
    }

    private String[] household(RegionScope scope, long householdId) {
        return runs.household(householdId).filter(h -> scope.permits(h[2]))
                .orElseThrow(() -> new RegionScope.OutOfScopeException("household " + householdId));
    }
}
