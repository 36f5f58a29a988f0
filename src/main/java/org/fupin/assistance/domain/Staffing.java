package org.fupin.assistance.domain;

import java.util.List;
import java.util.Map;

/**
 * The "3+2+1" staffing of a poor village (ADR 0013): leaders at county, township and village level (3), helping
 * units at county-or-above and township level (2) and a resident work team (1). Each slot lists who fills it;
 * an empty slot is missing.
 */
public record Staffing(List<Slot> slots) {

    public enum SlotKind { COUNTY_LEADER, TOWNSHIP_LEADER, VILLAGE_LEADER, UPPER_DEPARTMENT, TOWNSHIP_DEPARTMENT, WORK_TEAM }

    public record Slot(SlotKind kind, List<String> names) {
        public boolean staffed() { return !names.isEmpty(); }
    }

    /** Builds the six slots from who fills each kind (kinds absent from the map are missing). */
    public static Staffing of(Map<SlotKind, List<String>> filled) {
        return new Staffing(java.util.Arrays.stream(SlotKind.values())
                .map(k -> new Slot(k, List.copyOf(filled.getOrDefault(k, List.of())))).toList());
    }

    /** The slot a unit of this level fills: PROVINCE, CITY and COUNTY units are upper departments. */
    public static SlotKind departmentSlot(String unitLevel) {
        return switch (unitLevel) {
            case "TOWNSHIP", "VILLAGE" -> SlotKind.TOWNSHIP_DEPARTMENT;
            default -> SlotKind.UPPER_DEPARTMENT;
        };
    }

    public List<SlotKind> missing() {
        return slots.stream().filter(s -> !s.staffed()).map(Slot::kind).toList();
    }

    public long staffedCount() {
        return slots.stream().filter(Slot::staffed).count();
    }
}
