package org.fupin.monitoring;

import java.util.List;
import org.fupin.region.RegionScope;

/** Checks a clue before it is stored; the first problem is refused with its code. */
final class ClueCheck {

    private ClueCheck() {}

    static void require(RegionScope scope, Views.ClueInput c, List<String> riskTypes) {
        String problem = problem(c, riskTypes);
        if (problem != null) throw new MonitoringException(problem);
        scope.require(c.villageCode());
    }

    /** The code of the first problem of a clue, or null (also used by the import, row by row). */
    static String problem(Views.ClueInput c, List<String> riskTypes) {
        if (c.villageCode() == null || !c.villageCode().matches("[0-9]{12}")) return "VILLAGE_INVALID";
        if (blank(c.householdNumber())) return "HOUSEHOLD_NUMBER_MISSING";
        if (blank(c.headName())) return "HEAD_NAME_MISSING";
        if (c.memberCount() < 1) return "MEMBERS_INVALID";
        if (c.channel() == null) return "CHANNEL_MISSING";
        if (c.channel() == Views.Channel.DEPARTMENT_WARNING && blank(c.department())) return "DEPARTMENT_MISSING";
        if (c.riskType() == null || !riskTypes.contains(c.riskType())) return "RISK_TYPE_UNKNOWN";
        if (c.receivedOn() == null) return "DATE_MISSING";
        if (c.amount() != null && c.amount().signum() < 0) return "AMOUNT_NEGATIVE";
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
