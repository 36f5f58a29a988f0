package org.fupin.assistance.domain;

import org.fupin.kernel.Reason;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a 驻村工作队 (domain.md §4.1, 2017 guidance): at least the year's minimum of members (3), a term of at
 * least the minimum months (24: 每期驻村时间不少于2年) and a named team leader (驻村工作队长).
 */
public final class WorkTeamRules {

    private WorkTeamRules() {}

    public static List<Reason> check(int members, int leaders, LocalDate termStart, LocalDate termEnd,
                                     Parameters parameters) {
        List<Reason> reasons = new ArrayList<>();
        if (members < parameters.teamMinMembers()) {
            reasons.add(Reason.of("TEAM_TOO_FEW_MEMBERS", members, parameters.teamMinMembers()));
        }
        long months = termEnd.isAfter(termStart) ? Period.between(termStart, termEnd).toTotalMonths() : 0;
        if (months < parameters.teamMinTermMonths()) {
            reasons.add(Reason.of("TEAM_TERM_TOO_SHORT", months, parameters.teamMinTermMonths()));
        }
        if (leaders != 1) reasons.add(Reason.of("TEAM_ONE_LEADER", leaders));
        return reasons;
    }
}
