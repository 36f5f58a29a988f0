package org.fupin.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.ImportReport;
import org.fupin.monitoring.Monitoring;
import org.fupin.monitoring.RiskCare;
import org.fupin.monitoring.Views;
import org.fupin.monitoring.WarningImport;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The demo's 防返贫监测 from 2021 (the demo ranges of each year are data, {@link DemoRanges}), through the monitoring
 * facades: every year a self-declared illness of an exited household, a cadre-screened unstable job of a household
 * outside the registry and, in 2023 and 2026, a warning imported from the medical insurance office; each identified
 * through visit, comparison, 民主评议, 公示, township review and county decision, helped by a measure and visited
 * monthly; episodes up to 2024 end in 风险消除 (visit, notice, county approval), later ones are still monitored, and
 * the 2026 warning waits for its home visit. Loads once: nothing when an episode exists.
 */
@Component
class DemoMonitoring {

    private static final RegionScope ALL = RegionScope.ALL;
    private static final String ACTOR = DemoYears.ACTOR;

    private final Monitoring monitoring;
    private final RiskCare care;
    private final WarningImport warnings;
    private final PublicNotices notices;
    private final HouseholdRegistry registry;
    private final MessageSource messages;

    DemoMonitoring(Monitoring monitoring, RiskCare care, WarningImport warnings, PublicNotices notices,
                   HouseholdRegistry registry, MessageSource messages) {
        this.monitoring = monitoring;
        this.care = care;
        this.warnings = warnings;
        this.notices = notices;
        this.registry = registry;
        this.messages = messages;
    }

    void load(Path dir) throws IOException {
        List<HouseholdRow> households = new ArrayList<>();
        registry.forEachHousehold(ALL, DemoYears.COUNTY, DemoCounty.LAST_YEAR, households::add);
        if (households.isEmpty() || !monitoring.history(ALL, households.get(0).villageCode(), households.get(0).householdNumber()).isEmpty()) return;
        String[] names = DemoGenerator.names();
        for (int year = 2021; year <= DemoCounty.LAST_YEAR; year++) {
            HouseholdRow exited = households.get((year - 2021) * 11 % households.size());
            long a = monitoring.recordClue(ALL, new Views.ClueInput(exited.villageCode(), exited.householdNumber(),
                    exited.headName(), exited.members(), Views.Channel.SELF_DECLARATION, "", "ILLNESS",
                    LocalDate.of(year, 3, 1), null, text("demo.monitoring.illness")), ACTOR);
            identifyAndHelp(a, year, 3, "HEALTH", year < 2025);
            String village = exited.villageCode();
            String head = names[1].split(" ")[year % 7] + names[2].split(" ")[year % 11];
            long b = monitoring.recordClue(ALL, new Views.ClueInput(village, "JC" + year + "01", head, 3,
                    Views.Channel.CADRE_SCREENING, "", "UNSTABLE_EMPLOYMENT", LocalDate.of(year, 5, 10), null,
                    text("demo.monitoring.job")), ACTOR);
            identifyAndHelp(b, year, 5, "EMPLOYMENT", year < 2025);
            if (year == 2023 || year == 2026) warning(households.get((year - 2021) * 11 % households.size() + 3), year, dir);
        }
    }

    private void warning(HouseholdRow h, int year, Path dir) throws IOException {
        String header = String.join(",", List.of("VILLAGE_CODE", "HOUSEHOLD_NUMBER", "HEAD_NAME", "MEMBERS", "RISK_TYPE",
                "WARNED_ON", "AMOUNT", "DETAIL").stream().map(c -> text("monitoring.column." + c)).toList());
        String row = String.join(",", h.villageCode(), h.householdNumber(), h.headName(), String.valueOf(h.members()),
                text("demo.monitoring.riskIllness"), LocalDate.of(year, 8, 1).toString(), "32000", text("demo.monitoring.hospital"));
        Path file = dir.resolve("warnings-" + year + ".csv");
        Files.writeString(file, header + "\n" + row + "\n", StandardCharsets.UTF_8);
        ImportReport report = warnings.importWarnings(ALL, file, text("demo.monitoring.department"), Locale.SIMPLIFIED_CHINESE, ACTOR);
        if (!report.accepted()) throw new IllegalStateException("Demo warnings rejected: " + report.errors());
        if (year < DemoCounty.LAST_YEAR) {
            long id = monitoring.history(ALL, h.villageCode(), h.householdNumber()).stream()
                    .filter(e -> e.identifiedOn() == null).findFirst().orElseThrow().id();
            identifyAndHelp(id, year, 8, "HEALTH", true);
        }
    }

    /** Identification in {@code month}, a measure, six monthly follow-ups and, if {@code eliminate}, 风险消除. */
    private void identifyAndHelp(long id, int year, int month, String measure, boolean eliminate) {
        List<String> visitors = List.of(text("demo.monitoring.visitor1"), text("demo.monitoring.visitor2"));
        monitoring.homeVisit(ALL, id, new Views.VisitInput(day(year, month, 3), visitors, true,
                text("demo.comparison.consentEvidence"), new BigDecimal("3500"), new BigDecimal("26000"), measure.equals("HEALTH"), true,
                List.of(measure.equals("HEALTH") ? "ILLNESS" : "UNSTABLE_EMPLOYMENT"), text("demo.monitoring.visit")), ACTOR);
        monitoring.compare(ALL, id, day(year, month, 4), null, text("demo.monitoring.noHits"), ACTOR);
        monitoring.democraticReview(ALL, id, day(year, month, 5), true, "", ACTOR);
        long notice = monitoring.openNotice(ALL, id, text("demo.monitoring.noticeTitle"), day(year, month, 6),
                text("demo.exit.place"), ACTOR);
        notices.recordPosting(ALL, notice, day(year, month, 6), text("demo.exit.place"), text("demo.exit.photo"), ACTOR);
        monitoring.townshipReview(ALL, id, day(year, month, 11), true, "", ACTOR);
        monitoring.countyDecision(ALL, id, day(year, month, 14), true, "", ACTOR);
        care.addMeasure(ALL, id, measure, day(year, month, 20), text("demo.monitoring.measure." + measure), ACTOR);
        int last = eliminate ? month + 6 : Math.min(month + 6, year == DemoCounty.LAST_YEAR ? 10 : 12);
        for (int m = month + 1; m <= last && m <= 12; m++) {
            care.followUp(ALL, id, new Views.FollowUpInput(day(year, m, 15), new BigDecimal(eliminate ? "12000" : "5000"),
                    true, true, true, text("demo.monitoring.followUp")), ACTOR);
        }
        if (!eliminate || month + 6 > 12) return;
        LocalDate visit = day(year, month + 6, 20);
        care.eliminationVisit(ALL, id, visit, visitors, text("demo.monitoring.eliminationVisit"), ACTOR);
        long eliminationNotice = care.openEliminationNotice(ALL, id, text("demo.monitoring.eliminationTitle"),
                visit.plusDays(1), text("demo.exit.place"), ACTOR);
        notices.recordPosting(ALL, eliminationNotice, visit.plusDays(1), text("demo.exit.place"), text("demo.exit.photo"), ACTOR);
        care.eliminate(ALL, id, visit.plusDays(8), text("demo.monitoring.eliminated"), ACTOR);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
