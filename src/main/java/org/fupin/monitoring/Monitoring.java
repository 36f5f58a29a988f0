package org.fupin.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.fupin.audit.AuditLog;
import org.fupin.comparison.Comparison;
import org.fupin.identification.EventType;
import org.fupin.identification.HouseholdEvents;
import org.fupin.monitoring.domain.Classification;
import org.fupin.monitoring.domain.Procedure;
import org.fupin.monitoring.domain.Procedure.Step;
import org.fupin.monitoring.domain.Timeliness;
import org.fupin.notice.NoticeDraft;
import org.fupin.notice.NoticeEntry;
import org.fupin.notice.NoticeKind;
import org.fupin.notice.PublicNotices;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Identification of monitored households (issue #10, ADR 0016): clues from the channels open an episode, which
 * goes through 入户核查, 信息比对 (comparison module), 民主评议, 村内公示 (notice module), 乡镇审核 and 县级审定 with
 * 标注 (household events). Pages, REST and CLI call these methods; each owns its transaction and audit event.
 */
@Service
public record Monitoring(EpisodeRepository episodes, CareRepository care, MonitoringSettings settings,
                         PublicNotices notices, Comparison comparison, HouseholdEvents events, AuditLog audit,
                         Transactions transactions) {

    /** The county decision: category and reasons, and whether it came within the deadline. */
    public record Decision(Views.Episode episode, Classification.Result classification, Verdict timeliness) {}

    /** Records a clue; it opens an episode, or joins the household's open one. Returns the episode id. */
    public long recordClue(RegionScope scope, Views.ClueInput clue, String actor) {
        return transactions.write(() -> {
            return addClue(scope, clue, null, null, actor);
        });
    }

    /**
     * Records a clue on a registered household, its head and size as the registry has them (issue #20: the phone's
     * clue form and its offline queue name the household, not its head). Returns the episode id.
     */
    public long recordClueOnRegistered(RegionScope scope, String villageCode, String householdNumber,
                                       Views.Channel channel, String riskType, LocalDate receivedOn,
                                       java.math.BigDecimal amount, String detail, String actor) {
        return transactions.write(() -> {
            scope.require(villageCode);
            EpisodeRepository.Registered r = episodes.registered(villageCode, householdNumber)
                    .orElse(new EpisodeRepository.Registered(0, "", 0));
            return addClue(scope, new Views.ClueInput(villageCode, householdNumber, r.headName(), r.members(), channel,
                    "", riskType, receivedOn, amount, detail), null, null, actor);
        });
    }

    long addClue(RegionScope scope, Views.ClueInput c, String fileName, Integer rowNo, String actor) {
        ClueCheck.require(scope, c, episodes.riskTypes());
        episodes.registered(c.villageCode(), c.householdNumber()).ifPresent(r -> {
            if (disagrees(r, c.headName(), c.memberCount())) {
                throw new MonitoringException("CLUE_DISAGREES_WITH_REGISTRY", r.year(), r.headName(), r.members());
            }
        });
        long episode = episodes.openEpisode(c.villageCode(), c.householdNumber()).map(id -> {
            episodes.addRiskType(id, c.riskType());
            return id;
        }).orElseGet(() -> episodes.insertEpisode(c, episodes.householdId(c.villageCode(), c.householdNumber())
                .orElse(null), episodes.latestEpisode(c.villageCode(), c.householdNumber()).orElse(null), actor));
        episodes.insertClue(episode, c, fileName, rowNo, actor);
        audit.record(actor, "MONITORING_CLUE", target(episode), c.channel() + " " + c.riskType() + " " + c.receivedOn());
        return episode;
    }

    /** A registered household's clue names its head and size as the registry does (issue #19). */
    static boolean disagrees(EpisodeRepository.Registered r, String headName, int members) {
        return !r.headName().strip().equals(headName == null ? "" : headName.strip()) || r.members() != members;
    }

    /** The codes of the risk-type dictionary, in its order (for forms). */
    public List<String> riskTypes() {
        return transactions.read(() -> {
            return episodes.riskTypes();
        });
    }

    /** The episodes of a household, oldest first (a re-entry links the one before). */
    public java.util.List<Views.Episode> history(RegionScope scope, String villageCode, String householdNumber) {
        return transactions.read(() -> {
            scope.require(villageCode);
            return episodes.history(villageCode, householdNumber);
        });
    }

    public Views.Detail detail(RegionScope scope, long id) {
        return transactions.read(() -> {
            Views.Episode e = require(scope, id);
            return new Views.Detail(e, episodes.clues(id), care.steps(id), care.measures(id), care.followUps(id));
        });
    }

    /** 入户核查: at least the configured number of visitors, the signed 承诺授权书, and what the 采集表 found. */
    public void homeVisit(RegionScope scope, long id, Views.VisitInput v, String actor) {
        transactions.run(() -> {
            Views.Episode e = expect(scope, id, Step.HOME_VISIT);
            int min = settings.value(e.year(), e.villageCode(), "MIN_VISITORS");
            if (v.visitedOn() == null || v.incomePerCapita() == null) throw new MonitoringException("VISIT_INCOMPLETE");
            if (v.visitors() == null || v.visitors().size() < min) {
                throw new MonitoringException("VISITORS_TOO_FEW", v.visitors() == null ? 0 : v.visitors().size(), min);
            }
            if (!v.consentSigned()) throw new MonitoringException("CONSENT_MISSING");
            List<String> known = episodes.riskTypes();
            if (v.riskTypes().isEmpty() || !known.containsAll(v.riskTypes())) {
                throw new MonitoringException("RISK_TYPE_UNKNOWN", v.riskTypes());
            }
            if (e.householdId() != null) comparison.recordConsent(scope, e.householdId(), v.visitedOn(), v.consentEvidence());
            episodes.updateVisit(id, v);
            care.insertStep(e, Step.HOME_VISIT, "DONE", v.visitedOn(), v.visitors(), true, null, v.comment(), actor);
            audit.record(actor, "MONITORING_VISIT", target(id), "visitors=" + v.visitors().size());
        });
    }

    /** 信息比对: the hits of a comparison run (optional) for this household are noted on the step. */
    public void compare(RegionScope scope, long id, LocalDate on, Long runId, String comment, String actor) {
        transactions.run(() -> {
            Views.Episode e = expect(scope, id, Step.COMPARISON);
            long hits = runId == null ? 0 : comparison.hitsOfRun(runId).stream()
                    .filter(h -> h.villageCode().equals(e.villageCode()) && h.householdNumber().equals(e.householdNumber()))
                    .count();
            String note = (comment == null ? "" : comment.strip()) + (runId == null ? "" : " [run " + runId + ": " + hits + "]");
            step(e, Step.COMPARISON, true, on, note, actor);
        });
    }

    /** 村级民主评议; a negative outcome ends the episode as rejected. */
    public void democraticReview(RegionScope scope, long id, LocalDate on, boolean approved, String comment,
                                 String actor) {
        transactions.run(() -> {
            step(expect(scope, id, Step.DEMOCRATIC_REVIEW), Step.DEMOCRATIC_REVIEW, approved, on, comment, actor);
        });
    }

    /** 村内公示 through the notice module, for the configured minimum days. Returns the notice id. */
    public long openNotice(RegionScope scope, long id, String title, LocalDate start, String place, String actor) {
        return transactions.write(() -> {
            Views.Episode e = expect(scope, id, Step.VILLAGE_NOTICE);
            int days = settings.timeliness(e.year(), e.villageCode()).noticeDays();
            long noticeId = notices.open(scope, NoticeDraft.of(NoticeKind.MONITORING, e.villageCode(), title, start, days,
                    place, List.of(entry(e))), actor);
            episodes.setNotice(id, "IDENTIFICATION", noticeId);
            care.insertStep(e, Step.VILLAGE_NOTICE, "DONE", start, null, null, noticeId, "", actor);
            return noticeId;
        });
    }

    /** 乡镇审核: only once the village notice may advance (period over, no open objection). */
    public void townshipReview(RegionScope scope, long id, LocalDate on, boolean approved, String comment,
                               String actor) {
        transactions.run(() -> {
            Views.Episode e = expect(scope, id, Step.TOWNSHIP_REVIEW);
            Verdict notice = notices.mayAdvance(scope, e.noticeId(), on);
            if (!notice.passed()) throw new MonitoringException(notice, "NOTICE_NOT_OVER");
            step(e, Step.TOWNSHIP_REVIEW, approved, on, comment, actor);
        });
    }

    /**
     * 县级审定 and 标注: the household is classified against the monitoring range of the clue's year; approved, it
     * becomes monitored from {@code on} and the household's events record the marking.
     */
    public Decision countyDecision(RegionScope scope, long id, LocalDate on, boolean approved, String comment,
                                   String actor) {
        return transactions.write(() -> {
            Views.Episode e = expect(scope, id, Step.COUNTY_APPROVAL);
            Classification.Result result = classify(e);
            if (approved && result.category().isEmpty()) {
                throw new MonitoringException(new Verdict(result.checks()), "NOT_A_MONITORING_OBJECT");
            }
            step(e, Step.COUNTY_APPROVAL, approved, on, comment, actor);
            if (approved) {
                episodes.decide(id, Views.Status.MONITORED, result.category().get(), on);
                care.insertStep(e, Step.MARKING, "DONE", on, null, null, null, "", actor);
                if (e.householdId() != null) {
                    events.record(scope, e.householdId(), EventType.MONITORING_MARKING, on, result.category().get().name(),
                            null, actor);
                }
            }
            Verdict timeliness = Timeliness.identification(e.clueOn(), on, noticeDays(scope, e),
                    settings.timeliness(e.year(), e.villageCode()), on);
            return new Decision(require(scope, id), result, timeliness);
        });
    }

    /**
     * The one reckoning of the household as its visit found it (income, 合规自付, range of the clue's year) with the
     * sums of each check; empty before the visit. Throws NO_RANGE for a year without a range.
     */
    public java.util.Optional<Classification.Result> reckoning(RegionScope scope, long id) {
        return transactions.read(() -> {
            Views.Episode e = require(scope, id);
            return e.incomePerCapita() == null ? java.util.Optional.empty() : java.util.Optional.of(classify(e));
        });
    }

    private Classification.Result classify(Views.Episode e) {
        return Classification.classify(new Classification.Facts(e.incomePerCapita(), e.memberCount(),
                Boolean.TRUE.equals(e.exited()), e.rigidExpenditure()), settings.range(e.year(), e.villageCode()).amount(),
                settings.decimal(e.year(), e.villageCode(), "RIGID_SHARE_PERCENT"));
    }

    private Integer noticeDays(RegionScope scope, Views.Episode e) {
        if (e.noticeId() == null) return null;
        return notices.notice(scope, e.noticeId()).map(n -> (int) n.period().days()).orElse(null);
    }

    private void step(Views.Episode e, Step step, boolean approved, LocalDate on, String comment, String actor) {
        if (on == null) throw new MonitoringException("DATE_MISSING");
        care.insertStep(e, step, approved ? "DONE" : "REJECTED", on, null, null, null, comment, actor);
        if (!approved) episodes.decide(e.id(), Views.Status.REJECTED, null, on);
        audit.record(actor, "MONITORING_STEP", target(e.id()), step + (approved ? " done " : " rejected ") + on);
    }

    private Views.Episode expect(RegionScope scope, long id, Step step) {
        Views.Episode e = require(scope, id);
        if (e.status() != Views.Status.IDENTIFYING) throw new MonitoringException("NOT_IDENTIFYING", e.status());
        List<Step> done = care.steps(id).stream().map(s -> Step.valueOf(s.step())).toList();
        Step next = Procedure.next(Procedure.IDENTIFICATION, done).orElseThrow();
        if (next != step) throw new MonitoringException("STEP_OUT_OF_ORDER", step, next);
        return e;
    }

    Views.Episode require(RegionScope scope, long id) {
        return episodes.find(id).filter(e -> scope.permits(e.villageCode()))
                .orElseThrow(() -> new RegionScope.OutOfScopeException("monitoring episode " + id));
    }

    static NoticeEntry entry(Views.Episode e) {
        return new NoticeEntry(e.householdId(), e.householdNumber(), e.headName(), e.memberCount(), "", "", "");
    }

    static String target(long id) {
        return "monitoring/" + id;
    }
}
