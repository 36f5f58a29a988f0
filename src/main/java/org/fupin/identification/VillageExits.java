package org.fupin.identification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.identification.domain.VillageExitStep;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import org.fupin.notice.NoticeDraft;
import org.fupin.notice.NoticeEntry;
import org.fupin.notice.NoticeKind;
import org.fupin.notice.PublicNotices;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.fupin.system.Transactions;
import org.springframework.stereotype.Service;

/**
 * The exit of a poor village (贫困村退出, domain.md §3.4) as a procedure: 村提出 → 乡镇审核, which needs the village
 * exit test to pass (贫困发生率 and the conditions in force) → 乡镇内公示 for the configured days without open
 * objections → 县审定公告. Each step is dated (not in the future, not before the step before) by a user of the right
 * level, audited; a step that may not be recorded is refused with its reasons. Pages and REST call these methods.
 */
@Service
public record VillageExits(VillageExitRepository repository, ExitCalculations calculations, PublicNotices notices,
                           PolicyParameters parameters, RegionDirectory regions, AuditLog audit,
                           Transactions transactions) {

    /** Opens the procedure with its first step (村提出) for a village that is a 建档立卡贫困村 in the year. */
    public long open(RegionScope scope, String villageCode, int year, LocalDate on, String comment, Actor actor) {
        return transactions.write(() -> {
            scope.require(villageCode);
            if (!VillageExitStep.PROPOSAL.mayBeRecordedBy(actor.role())) {
                throw new CaseException("ROLE_NOT_ALLOWED", VillageExitStep.PROPOSAL, actor.role());
            }
            if (!repository.isPoorVillage(villageCode, year)) throw new CaseException("NOT_A_POOR_VILLAGE", year);
            if (repository.openExit(villageCode, year).isPresent()) throw new CaseException("VILLAGE_EXIT_OPEN", year);
            refuseUnless(dates(on, null), VillageExitStep.PROPOSAL);
            long id = repository.insert(villageCode, year, VillageExitStep.TOWNSHIP_REVIEW.name(), on, actor.name());
            repository.insertStep(id, villageCode, VillageExitStep.PROPOSAL, "DONE", on, comment, actor);
            audit.record(actor.name(), "VILLAGE_EXIT_OPEN", target(id), villageCode + " " + year);
            return id;
        });
    }

    /** 乡镇审核: the village exit test of the year must pass; its failed checks are the refusal's reasons. */
    public void review(RegionScope scope, long id, LocalDate on, String comment, Actor actor) {
        transactions.run(() -> {
            VillageExitRepository.Exit e = due(scope, id, VillageExitStep.TOWNSHIP_REVIEW, actor);
            List<Check> checks = new ArrayList<>(dates(on, e.lastDate()).checks());
            checks.addAll(calculations.village(scope, e.villageCode(), e.year()).checks());
            refuseUnless(new Verdict(checks), VillageExitStep.TOWNSHIP_REVIEW);
            advance(e, VillageExitStep.TOWNSHIP_REVIEW, on, comment, actor);
        });
    }

    /** Opens the 乡镇内公示 of the village's exit (posted by the township), for NOTICE_DAYS.VILLAGE_EXIT days. */
    public long openNotice(RegionScope scope, long id, String title, LocalDate start, String place, Actor actor) {
        return transactions.write(() -> {
            VillageExitRepository.Exit e = due(scope, id, VillageExitStep.TOWNSHIP_NOTICE, actor);
            if (e.noticeId() != null) throw new CaseException("NOTICE_ALREADY_OPEN", e.villageCode(), e.noticeId());
            Check incidence = calculations.village(scope, e.villageCode(), e.year()).checks().get(0);
            String name = regions.find(scope, e.villageCode()).map(Region::name).orElse(e.villageCode());
            NoticeEntry entry = new NoticeEntry(null, e.villageCode(), name,
                    (int) Math.max(1, ((Number) incidence.numbers().get(3)).longValue()),
                    String.valueOf(incidence.numbers().get(2)), ((BigDecimal) incidence.numbers().get(0)).toPlainString(), "");
            int days = parameters.policy(e.year(), e.villageCode()).noticeDays(NoticeKind.VILLAGE_EXIT.name());
            String township = e.villageCode().substring(0, 9) + "000";
            NoticeDraft draft = NoticeDraft.of(NoticeKind.VILLAGE_EXIT, township, title, start, Math.max(days, 1), place,
                    List.of(entry));
            long notice = notices.open(scope, new NoticeDraft(draft.kind(), draft.regionCode(), draft.title(),
                    draft.period(), days, draft.place(), draft.entries()), actor.name());
            repository.linkNotice(id, notice);
            audit.record(actor.name(), "VILLAGE_EXIT_NOTICE", target(id), "notice " + notice);
            return notice;
        });
    }

    /** The 公示 step is done once its notice has run its days from the posting without open objections. */
    public void completeNotice(RegionScope scope, long id, LocalDate on, String comment, Actor actor) {
        transactions.run(() -> {
            VillageExitRepository.Exit e = due(scope, id, VillageExitStep.TOWNSHIP_NOTICE, actor);
            if (e.noticeId() == null) throw new CaseException("NOTICE_NOT_OPEN");
            List<Check> checks = new ArrayList<>(dates(on, e.lastDate()).checks());
            checks.addAll(notices.mayAdvance(scope, e.noticeId(), on).checks());
            refuseUnless(new Verdict(checks), VillageExitStep.TOWNSHIP_NOTICE);
            advance(e, VillageExitStep.TOWNSHIP_NOTICE, on, comment, actor);
        });
    }

    /** 县审定公告: the village has exited from this day. */
    public void announce(RegionScope scope, long id, LocalDate on, String comment, Actor actor) {
        transactions.run(() -> {
            VillageExitRepository.Exit e = due(scope, id, VillageExitStep.COUNTY_ANNOUNCEMENT, actor);
            refuseUnless(dates(on, e.lastDate()), VillageExitStep.COUNTY_ANNOUNCEMENT);
            advance(e, VillageExitStep.COUNTY_ANNOUNCEMENT, on, comment, actor);
        });
    }

    /** Ends the procedure at its current step with the reasons, by a user who may record that step. */
    public void reject(RegionScope scope, long id, LocalDate on, String reasons, Actor actor) {
        transactions.run(() -> {
            VillageExitRepository.Exit e = repository.find(id).filter(x -> scope.permits(x.villageCode()))
                    .orElseThrow(() -> new RegionScope.OutOfScopeException("village exit " + id));
            VillageExitStep step = e.due().orElseThrow(() -> new CaseException("CASE_CLOSED", e.status()));
            if (!step.mayBeRecordedBy(actor.role())) throw new CaseException("ROLE_NOT_ALLOWED", step, actor.role());
            if (reasons == null || reasons.isBlank()) throw new CaseException("REASONS_MISSING");
            refuseUnless(dates(on, e.lastDate()), step);
            repository.insertStep(id, e.villageCode(), step, "REJECTED", on, reasons.strip(), actor);
            repository.moveTo(id, VillageExitStep.REJECTED, on);
            audit.record(actor.name(), "VILLAGE_EXIT_REJECTED", target(id), step + " on " + on);
        });
    }

    public Optional<VillageExitRepository.Exit> find(RegionScope scope, long id) {
        return transactions.read(() -> repository.find(id).filter(e -> scope.permits(e.villageCode())));
    }

    /** The procedures of the user's region, newest first. */
    public List<VillageExitRepository.Exit> list(RegionScope scope) {
        return transactions.read(() -> repository.list(scope.lowestCode(), scope.highestCode()));
    }

    private VillageExitRepository.Exit due(RegionScope scope, long id, VillageExitStep step, Actor actor) {
        VillageExitRepository.Exit e = repository.find(id).filter(x -> scope.permits(x.villageCode()))
                .orElseThrow(() -> new RegionScope.OutOfScopeException("village exit " + id));
        if (e.due().filter(step::equals).isEmpty()) throw new CaseException("STEP_NOT_CURRENT", step, e.status());
        if (!step.mayBeRecordedBy(actor.role())) throw new CaseException("ROLE_NOT_ALLOWED", step, actor.role());
        return e;
    }

    private void advance(VillageExitRepository.Exit e, VillageExitStep step, LocalDate on, String comment, Actor actor) {
        repository.insertStep(e.id(), e.villageCode(), step, "DONE", on, comment, actor);
        String next = step.next().map(Enum::name).orElse(VillageExitStep.EXITED);
        repository.moveTo(e.id(), next, on);
        audit.record(actor.name(), "VILLAGE_EXIT_STEP", target(e.id()), step + " on " + on + " -> " + next);
    }

    private static Verdict dates(LocalDate on, LocalDate previous) {
        if (on == null) throw new CaseException("DATE_MISSING");
        LocalDate today = LocalDate.now();
        return new Verdict(List.of(
                Check.of(org.fupin.identification.domain.Workflow.DATE_NOT_FUTURE, !on.isAfter(today), on, today),
                Check.of(org.fupin.identification.domain.Workflow.DATE_IN_ORDER, previous == null || !on.isBefore(previous),
                        on, previous)));
    }

    private static void refuseUnless(Verdict verdict, VillageExitStep step) {
        if (!verdict.passed()) throw new CaseException(verdict, "STEP_REFUSED", step);
    }

    static String target(long id) {
        return "village-exit/" + id;
    }

    /** The village exit test of the procedure's village and year, as the review step will apply it. */
    public Verdict test(RegionScope scope, VillageExitRepository.Exit e) {
        return transactions.read(() -> calculations.village(scope, e.villageCode(), e.year()));
    }
}
