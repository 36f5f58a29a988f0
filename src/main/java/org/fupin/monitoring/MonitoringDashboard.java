package org.fupin.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.monitoring.domain.Timeliness;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring dashboard: households and persons by category, risk type, status, channel, timeliness and region,
 * on a date. Every count is the size of a list built from the same rows ({@link #list}), so they reconcile.
 */
@Service
public class MonitoringDashboard {

    public enum Dimension { CATEGORY, RISK_TYPE, STATUS, CHANNEL, DECISION, MEASURES, TOWNSHIP, VILLAGE }

    /** An episode as the dashboard sees it on a date, with its timeliness keys and current alerts. */
    public record Row(Views.Episode episode, List<String> channels, String decision, String measures,
                      List<Check> alerts) {}

    public record Count(Dimension dimension, String key, long households, long persons) {}

    public record Board(String regionCode, LocalDate date, long households, long persons, List<Count> counts) {}

    private final EpisodeRepository episodes;
    private final CareRepository care;
    private final MonitoringSettings settings;

    MonitoringDashboard(EpisodeRepository episodes, CareRepository care, MonitoringSettings settings) {
        this.episodes = episodes;
        this.care = care;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Board board(RegionScope scope, String regionCode, LocalDate date) {
        List<Row> rows = rows(scope, regionCode, date);
        Map<String, Count> counts = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            for (Row row : rows) {
                for (String key : keys(row, d)) {
                    Count c = counts.get(d + "/" + key);
                    counts.put(d + "/" + key, new Count(d, key, (c == null ? 0 : c.households()) + 1,
                            (c == null ? 0 : c.persons()) + row.episode().memberCount()));
                }
            }
        }
        return new Board(regionCode, date, rows.size(),
                rows.stream().mapToLong(r -> r.episode().memberCount()).sum(), List.copyOf(counts.values()));
    }

    /** The households behind one number of the board (dimension null = all of them). */
    @Transactional(readOnly = true)
    public List<Row> list(RegionScope scope, String regionCode, LocalDate date, Dimension dimension, String key) {
        return rows(scope, regionCode, date).stream()
                .filter(r -> dimension == null || keys(r, dimension).contains(key)).toList();
    }

    /** Every current alert (overdue identification, deadline breach, missing measure, no 开发式帮扶). */
    @Transactional(readOnly = true)
    public List<Views.Alert> alerts(RegionScope scope, String regionCode, LocalDate date) {
        List<Views.Alert> alerts = new ArrayList<>();
        for (Row r : rows(scope, regionCode, date)) {
            Views.Episode e = r.episode();
            r.alerts().forEach(c -> alerts.add(new Views.Alert(e.id(), e.villageCode(), e.householdNumber(),
                    e.headName(), c)));
        }
        return alerts;
    }

    static List<String> keys(Row row, Dimension d) {
        Views.Episode e = row.episode();
        return switch (d) {
            case CATEGORY -> e.category() == null ? List.of() : List.of(e.category().name());
            case RISK_TYPE -> e.riskTypes();
            case STATUS -> List.of(e.status().name());
            case CHANNEL -> row.channels().stream().distinct().toList();
            case DECISION -> List.of(row.decision());
            case MEASURES -> row.measures() == null ? List.of() : List.of(row.measures());
            case TOWNSHIP -> List.of(e.villageCode().substring(0, 9) + "000");
            case VILLAGE -> List.of(e.villageCode());
        };
    }

    private List<Row> rows(RegionScope scope, String regionCode, LocalDate date) {
        String prefix = regionCode == null || regionCode.isBlank() ? scope.prefix() : scope.require(regionCode).prefix();
        RegionScope area = new RegionScope(prefix);
        String low = area.lowestCode();
        String high = area.highestCode();
        Map<Long, List<Timeliness.Measure>> measures = care.measures(low, high);
        Map<Long, List<String>> channels = episodes.channels(low, high);
        Map<String, Timeliness.Limits> limits = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Views.Episode e : episodes.episodes(low, high)) {
            if (e.clueOn().isAfter(date)) continue;
            Timeliness.Limits l = limits.computeIfAbsent(e.year() + "/" + e.villageCode(),
                    k -> settings.timeliness(e.year(), e.villageCode()));
            rows.add(row(e, channels.getOrDefault(e.id(), List.of()), measures.getOrDefault(e.id(), List.of()), l, date));
        }
        return rows;
    }

    private static Row row(Views.Episode e, List<String> channels, List<Timeliness.Measure> measures,
                           Timeliness.Limits limits, LocalDate date) {
        List<Check> alerts = new ArrayList<>();
        boolean open = e.status() == Views.Status.IDENTIFYING;
        Verdict decision = Timeliness.identification(e.clueOn(), open ? null : e.decidedOn(), null, limits, date);
        alerts.addAll(decision.reasons());
        String decisionKey = open ? (decision.passed() ? "OPEN" : "OVERDUE") : (decision.passed() ? "IN_TIME" : "LATE");
        String measureKey = null;
        if (e.identifiedOn() != null) {
            List<Timeliness.Measure> known = measures.stream().filter(m -> !m.startedOn().isAfter(date)).toList();
            Verdict help = Timeliness.help(e.identifiedOn(), known, Boolean.TRUE.equals(e.hasLabour()),
                    e.status() == Views.Status.ELIMINATED, limits, date);
            boolean inTime = help.checks().get(0).passed();
            measureKey = known.isEmpty() ? (inTime ? "DUE" : "MISSING") : (inTime ? "IN_TIME" : "LATE");
            if (e.status() == Views.Status.MONITORED) alerts.addAll(help.reasons());
        }
        return new Row(e, channels, decisionKey, measureKey, alerts);
    }
}
