package org.fupin.identification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.identification.domain.CaseKind;
import org.fupin.household.domain.PovertyStatus;
import org.fupin.identification.domain.Step;
import org.fupin.identification.domain.Workflow;
import org.fupin.notice.PublicNotices;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Household identification (识别) and exit (退出) cases: open a case for a household-year, record each step by a
 * user of the right level (refused with reasons otherwise), reject with reasons at any step. Steps that wait on a
 * public notice cannot be done before the notice has run its course without open objections. The last step changes
 * the household's status through a recorded event (新识别 or 脱贫). Web pages, REST and CLI all call this class.
 */
@Service
public record IdentificationCases(CaseRepository repository, HouseholdRegistry registry, CaseDecisions decisions,
                                  HouseholdEvents events, PublicNotices notices, AuditLog audit,
                                  PolicyParameters parameters, Transactions transactions) {

    /** Opens a case; an exit case needs a household that is currently poor (未脱贫 or 返贫). */
    public long open(RegionScope scope, CaseKind kind, long householdId, LocalDate date, Actor actor) {
        return transactions.write(() -> {
            HouseholdDetail h = registry.household(scope, householdId)
                    .orElseThrow(() -> new RegionScope.OutOfScopeException("household " + householdId));
            if (repository.hasOpenCase(householdId, kind)) throw new CaseException("CASE_ALREADY_OPEN", h.householdNumber());
            if (kind == CaseKind.EXIT && !PovertyStatus.isCurrentPoor(registry.povertyStatusCode(scope, householdId).orElse(""))) {
                throw new CaseException("NOT_CURRENT_POOR", h.householdNumber());
            }
            String head = h.members().isEmpty() ? h.householdNumber() : h.members().get(0).name();
            long id = repository.insert(new CaseRecord(0, kind, h.villageCode(), h.year(), householdId, h.householdNumber(),
                    head, h.members().size(), nullToEmpty(h.attribute()), nullToEmpty(h.mainCause()), kind.first().name(),
                    date, null, null, actor.name(), List.of()));
            audit.record(actor.name(), "OPEN_CASE", target(id), kind + " " + h.villageCode() + "/" + h.householdNumber());
            return id;
        });
    }

    public Optional<CaseRecord> find(RegionScope scope, long id) {
        return transactions.read(() -> {
            return repository.find(id, scope.lowestCode(), scope.highestCode());
        });
    }

    /** Cases in the scope, newest first (at most 1000), optionally of one kind and year. */
    public List<CaseRecord> cases(RegionScope scope, CaseKind kind, Integer year) {
        return transactions.read(() -> {
            return repository.list(scope.lowestCode(), scope.highestCode(), kind == null ? null : kind.name(), year, 1000);
        });
    }

    /** Would recording the current step on {@code date} by a user of {@code role} be accepted? Every check, why not. */
    public Verdict mayComplete(RegionScope scope, long id, String role, StepInput input) {
        return transactions.read(() -> {
            CaseRecord c = require(scope, id);
            if (!c.isOpen()) throw new CaseException("CASE_CLOSED", c.status());
            return verdict(scope, c, Step.valueOf(c.status()), role, input);
        });
    }

    /** Records {@code step} as done; refused with the failed checks when it may not be. */
    public void complete(RegionScope scope, long id, Step step, StepInput input, Actor actor) {
        transactions.run(() -> {
            CaseRecord c = require(scope, id);
            if (!c.isOpen() || !c.status().equals(step.name())) throw new CaseException("STEP_NOT_CURRENT", step, c.status());
            Verdict verdict = verdict(scope, c, step, actor.role(), input);
            if (!verdict.passed()) throw new CaseException(verdict, "STEP_REFUSED", step);
            repository.insertStep(c, new CaseRecord.StepRecord(step.name(), "DONE", input.date(), actor.name(), actor.role(),
                    nullToEmpty(input.comment()), input.meeting(), c.noticeId(), backdateReason(c, input)));
            String next = c.kind().statusAfter(step);
            repository.moveTo(id, next, input.date(), step == Step.EXIT_VERIFICATION ? input.foodAndClothing() : null);
            String backdated = backdateReason(c, input);
            audit.record(actor.name(), "CASE_STEP", target(id), step + " on " + input.date() + " -> " + next
                    + (backdated == null ? "" : " backdated: " + backdated));
            if (next.equals(c.kind().finalStatus())) {
                EventType type = switch (c.kind()) {
                    case IDENTIFICATION -> EventType.NEW_IDENTIFICATION;
                    case EXIT -> EventType.EXIT;
                    case REMOVAL -> EventType.REMOVAL;
                };
                events.record(scope, c.householdId(), type, input.date(), nullToEmpty(input.comment()), id, actor.name());
            }
        });
    }

    /** Rejects the case at its current step, with the reasons; by a user who may record that step. */
    public void reject(RegionScope scope, long id, LocalDate date, String reasons, Actor actor) {
        transactions.run(() -> {
            CaseRecord c = require(scope, id);
            if (!c.isOpen()) throw new CaseException("CASE_CLOSED", c.status());
            Step step = Step.valueOf(c.status());
            if (!step.mayBeRecordedBy(actor.role())) throw new CaseException("ROLE_NOT_ALLOWED", step, actor.role());
            if (reasons == null || reasons.isBlank()) throw new CaseException("REASONS_MISSING");
            repository.insertStep(c, new CaseRecord.StepRecord(step.name(), "REJECTED", date, actor.name(), actor.role(),
                    reasons.strip(), null, c.noticeId(), null));
            repository.moveTo(id, CaseKind.REJECTED, date, null);
            audit.record(actor.name(), "CASE_REJECTED", target(id), step + " on " + date);
        });
    }

    public long attach(RegionScope scope, long id, String fileName, String contentType, byte[] content, Actor actor) {
        return transactions.write(() -> {
            CaseRecord c = require(scope, id);
            if (content == null || content.length == 0) throw new CaseException("FILE_EMPTY");
            long attachment = repository.insertAttachment(c, fileName == null ? "" : fileName,
                    contentType == null ? "application/octet-stream" : contentType, content, actor.name());
            audit.record(actor.name(), "CASE_ATTACHMENT", target(id), fileName + " (" + content.length + " bytes)");
            return attachment;
        });
    }

    public List<CaseRecord.Attachment> attachments(RegionScope scope, long id) {
        return transactions.read(() -> {
            return repository.attachments(require(scope, id).id());
        });
    }

    public Optional<byte[]> attachment(RegionScope scope, long id, long attachmentId) {
        return transactions.read(() -> {
            return find(scope, id).flatMap(c -> repository.attachment(id, attachmentId));
        });
    }

    private Verdict verdict(RegionScope scope, CaseRecord c, Step step, String role, StepInput input) {
        LocalDate previous = c.steps().isEmpty() ? null : c.steps().get(c.steps().size() - 1).decidedOn();
        Verdict notice = step.waitsOnNotice() && c.noticeId() != null
                ? notices.mayAdvance(scope, c.noticeId(), input.date()) : null;
        Verdict policy = step == Step.VERIFICATION || step == Step.EXIT_VERIFICATION
                ? decisions.decide(scope, c, input.foodAndClothing(), input.date()).verdict() : null;
        return Workflow.mayComplete(step, role, input.date(), previous, LocalDate.now(), input.meeting(), notice, policy,
                new Workflow.Backdating(backdateDays(c), input.backdateReason()));
    }

    /** The reason given for a step dated more than the allowed days before today, or null when none was needed. */
    private String backdateReason(CaseRecord c, StepInput input) {
        boolean backdated = input.date().isBefore(LocalDate.now().minusDays(backdateDays(c)));
        return backdated && input.backdateReason() != null ? input.backdateReason().strip() : null;
    }

    /** How many days before today a step of this case may be dated without a reason (policy of its year and region). */
    public int backdateDays(CaseRecord c) {
        return parameters.policy(c.year(), c.villageCode()).value("STEP_BACKDATE_DAYS").intValueExact();
    }

    CaseRecord require(RegionScope scope, long id) {
        return find(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("case " + id));
    }

    static String target(long id) {
        return "case/" + id;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
