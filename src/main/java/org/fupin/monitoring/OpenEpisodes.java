package org.fupin.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.fupin.monitoring.domain.Procedure;
import org.fupin.monitoring.domain.Procedure.Step;
import org.fupin.monitoring.domain.Timeliness;
import org.fupin.region.RegionScope;
import org.fupin.system.Transactions;
import org.springframework.stereotype.Service;

/** What the open episodes of a region wait for (issue #20: the village cadre's work list). */
@Service
public record OpenEpisodes(EpisodeRepository episodes, CareRepository care, MonitoringSettings settings,
                           Transactions transactions) {

    /**
     * The open episodes of a region on a date with what each waits for (issue #20): an identifying one its next step
     * and the decision deadline, a monitored one a first measure (with its deadline) or the next elimination step.
     */
    public List<Views.OpenItem> openWork(RegionScope scope, String regionCode, LocalDate date) {
        return transactions.read(() -> {
            RegionScope area = new RegionScope(scope.require(regionCode).prefix());
            return episodes.episodes(area.lowestCode(), area.highestCode()).stream()
                    .filter(e -> e.status() == Views.Status.IDENTIFYING || e.status() == Views.Status.MONITORED)
                    .map(e -> openItem(e, date)).toList();
        });
    }

    private Views.OpenItem openItem(Views.Episode e, LocalDate date) {
        List<Step> done = care.steps(e.id()).stream().map(s -> Step.valueOf(s.step())).toList();
        Timeliness.Limits limits = settings.timeliness(e.year(), e.villageCode());
        String next;
        LocalDate deadline = null;
        if (e.status() == Views.Status.IDENTIFYING) {
            next = Procedure.next(Procedure.IDENTIFICATION, done).map(Enum::name).orElse(Step.COUNTY_APPROVAL.name());
            deadline = e.clueOn().plusDays(limits.decisionDays());
        } else if (care.measures(e.id()).isEmpty()) {
            next = "MEASURE";
            deadline = e.identifiedOn() == null ? null : e.identifiedOn().plusMonths(limits.measureMonths());
        } else {
            next = Procedure.next(Procedure.ELIMINATION, done).map(Enum::name).orElse(Step.ELIMINATION_APPROVAL.name());
        }
        return new Views.OpenItem(e.id(), e.villageCode(), e.householdNumber(), e.householdId(), e.headName(),
                e.status(), next, deadline, deadline != null && deadline.isBefore(date));
    }
}
