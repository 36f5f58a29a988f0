package org.fupin.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fupin.audit.AuditLog;
import org.fupin.identification.EventType;
import org.fupin.identification.HouseholdEvents;
import org.fupin.monitoring.domain.Procedure;
import org.fupin.monitoring.domain.Procedure.Step;
import org.fupin.monitoring.domain.RiskElimination;
import org.fupin.notice.NoticeDraft;
import org.fupin.notice.NoticeKind;
import org.fupin.notice.PublicNotices;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Help and follow-up of monitored households, and risk elimination (domain.md §5.5): measures, monthly visits, the
 * elimination check, 入户核实 → 公示 → 审核确认, then 风险消除 (the record stays; a new clue opens a new episode).
 */
@Service
public record RiskCare(Monitoring monitoring, EpisodeRepository episodes, CareRepository care,
                       MonitoringSettings settings, PublicNotices notices, HouseholdEvents events, AuditLog audit,
                       Transactions transactions) {

    /** The codes of the measure-kind dictionary, in its order, each with whether it is developmental (for forms). */
    public Map<String, Boolean> measureKinds() {
        return transactions.read(() -> {
            return episodes.measureKinds();
        });
    }

    public long addMeasure(RegionScope scope, long id, String kind, LocalDate startedOn, String description,
                           String actor) {
        return transactions.write(() -> {
            Views.Episode e = monitored(scope, id);
            Map<String, Boolean> kinds = episodes.measureKinds();
            if (kind == null || !kinds.containsKey(kind)) throw new MonitoringException("MEASURE_KIND_UNKNOWN", kind);
            if (startedOn == null) throw new MonitoringException("DATE_MISSING");
            long measure = care.insertMeasure(e, kind, startedOn, description, actor);
            audit.record(actor, "MONITORING_MEASURE", Monitoring.target(id), kind + " " + startedOn);
            return measure;
        });
    }

    public long followUp(RegionScope scope, long id, Views.FollowUpInput f, String actor) {
        return transactions.write(() -> {
            Views.Episode e = monitored(scope, id);
            if (f.visitedOn() == null || f.incomePerCapita() == null || f.incomePerCapita().signum() < 0) {
                throw new MonitoringException("FOLLOW_UP_INCOMPLETE");
            }
            long visit = care.insertFollowUp(e, f, actor);
            audit.record(actor, "MONITORING_FOLLOW_UP", Monitoring.target(id), "visited " + f.visitedOn());
            return visit;
        });
    }

    /** May the risk be eliminated on {@code date}? The checks say why not, with their numbers. */
    public Verdict eliminationCheck(RegionScope scope, long id, LocalDate date) {
        return transactions.read(() -> {
            return check(monitoring.require(scope, id), date);
        });
    }

    /** 入户核实 for elimination: refused while the criteria are not met. */
    public void eliminationVisit(RegionScope scope, long id, LocalDate on, List<String> visitors, String comment,
                                 String actor) {
        transactions.run(() -> {
            Views.Episode e = expect(scope, id, Step.ELIMINATION_VISIT);
            Verdict verdict = check(e, on);
            if (!verdict.passed()) throw new MonitoringException(verdict, "CRITERIA_NOT_MET");
            int min = settings.value(e.year(), e.villageCode(), "MIN_VISITORS");
            if (visitors == null || visitors.size() < min) {
                throw new MonitoringException("VISITORS_TOO_FEW", visitors == null ? 0 : visitors.size(), min);
            }
            care.insertStep(e, Step.ELIMINATION_VISIT, "DONE", on, visitors, null, null, comment, actor);
            audit.record(actor, "MONITORING_STEP", Monitoring.target(id), Step.ELIMINATION_VISIT + " " + on);
        });
    }

    /** 民主评议公示 of the elimination, through the notice module. Returns the notice id. */
    public long openEliminationNotice(RegionScope scope, long id, String title, LocalDate start, String place,
                                      String actor) {
        return transactions.write(() -> {
            Views.Episode e = expect(scope, id, Step.ELIMINATION_NOTICE);
            int days = settings.timeliness(start.getYear(), e.villageCode()).noticeDays();
            long noticeId = notices.open(scope, NoticeDraft.of(NoticeKind.MONITORING, e.villageCode(), title, start, days,
                    place, List.of(Monitoring.entry(e))), actor);
            episodes.setNotice(id, "ELIMINATION", noticeId);
            care.insertStep(e, Step.ELIMINATION_NOTICE, "DONE", start, null, null, noticeId, "", actor);
            return noticeId;
        });
    }

    /** 审核确认 and marking 风险消除: the notice may advance and the criteria still hold on {@code on}. */
    public Views.Episode eliminate(RegionScope scope, long id, LocalDate on, String comment, String actor) {
        return transactions.write(() -> {
            Views.Episode e = expect(scope, id, Step.ELIMINATION_APPROVAL);
            Verdict notice = notices.mayAdvance(scope, e.eliminationNoticeId(), on);
            if (!notice.passed()) throw new MonitoringException(notice, "NOTICE_NOT_OVER");
            Verdict verdict = check(e, on);
            if (!verdict.passed()) throw new MonitoringException(verdict, "CRITERIA_NOT_MET");
            String method = care.measures(id).isEmpty() ? "NATURAL" : "HELPED";
            care.insertStep(e, Step.ELIMINATION_APPROVAL, "DONE", on, null, null, null, comment, actor);
            episodes.eliminate(id, on, method);
            if (e.householdId() != null) {
                events.record(scope, e.householdId(), EventType.RISK_ELIMINATED, on, method, null, actor);
            }
            audit.record(actor, "MONITORING_ELIMINATED", Monitoring.target(id), method + " " + on);
            return monitoring.require(scope, id);
        });
    }

    private Verdict check(Views.Episode e, LocalDate date) {
        List<Views.FollowUp> visits = care.followUps(e.id()).stream().filter(f -> !f.visitedOn().isAfter(date)).toList();
        int months = RiskElimination.stableMonths(visits.stream()
                .map(f -> new RiskElimination.FollowUp(f.visitedOn(), f.incomePerCapita())).toList(),
                settings.range(date.getYear(), e.villageCode()).amount());
        Views.FollowUp last = visits.isEmpty() ? null : visits.get(visits.size() - 1);
        RiskElimination.Facts facts = new RiskElimination.Facts(last != null && last.rigidResolved(),
                last != null && last.guaranteesSecure(), last != null && last.waterSecure(),
                Boolean.TRUE.equals(e.hasLabour()));
        return RiskElimination.assess(months, settings.value(date.getYear(), e.villageCode(), "STABLE_MONTHS"), facts);
    }

    private Views.Episode monitored(RegionScope scope, long id) {
        Views.Episode e = monitoring.require(scope, id);
        if (e.status() != Views.Status.MONITORED) throw new MonitoringException("NOT_MONITORED", e.status());
        return e;
    }

    private Views.Episode expect(RegionScope scope, long id, Step step) {
        Views.Episode e = monitored(scope, id);
        List<Step> done = care.steps(id).stream().map(s -> Step.valueOf(s.step())).toList();
        Step next = Procedure.next(Procedure.ELIMINATION, done).orElseThrow();
        if (next != step) throw new MonitoringException("STEP_OUT_OF_ORDER", step, next);
        return e;
    }
}
