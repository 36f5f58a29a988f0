package org.fupin.funds.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fupin.kernel.Reason;

/**
 * When a project may take its next step: one step forward at a time. Entry into the library (审核 → 入库) needs every mandatory field, above all a
 * 绩效目标 (T23), and a publicity of at least the year's minimum days (10, 原则上不少于10天, T24) that is over by
 * the entry day. Days are counted inclusively: posted on the 1st and taken down on the 10th is 10 days.
 */
public final class ProjectRules {

    private ProjectRules() {}

    public static List<Reason> missingFields(ProjectFields fields) {
        List<Reason> reasons = new ArrayList<>();
        fields.asMap().forEach((name, value) -> {
            if (value == null || value.isBlank()) reasons.add(Reason.of("PROJECT_FIELD_MISSING", name));
        });
        return reasons;
    }

    public static long publicityDays(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public static List<Reason> publicity(LocalDate start, LocalDate end, LocalDate entryDate, int minDays) {
        if (start == null || end == null) return List.of(Reason.of("PROJECT_PUBLICITY_MISSING", minDays));
        List<Reason> reasons = new ArrayList<>();
        long days = end.isBefore(start) ? 0 : publicityDays(start, end);
        if (days < minDays) reasons.add(Reason.of("PROJECT_PUBLICITY_TOO_SHORT", days, minDays));
        if (!entryDate.isAfter(end)) reasons.add(Reason.of("PROJECT_PUBLICITY_NOT_OVER", end.toString()));
        return reasons;
    }

    /** The reasons against moving from {@code from} to {@code to} on {@code date}. */
    public static List<Reason> transition(ProjectStatus from, ProjectStatus to, ProjectFields fields,
                                          LocalDate publicityStart, LocalDate publicityEnd, LocalDate date,
                                          int minPublicityDays) {
        if (from.next().filter(to::equals).isEmpty()) {
            return List.of(Reason.of("PROJECT_WRONG_STEP", from.name(), to.name()));
        }
        if (to != ProjectStatus.IN_LIBRARY) return List.of();
        List<Reason> reasons = new ArrayList<>(missingFields(fields));
        reasons.addAll(publicity(publicityStart, publicityEnd, date, minPublicityDays));
        return reasons;
    }
}
