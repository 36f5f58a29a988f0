package org.fupin.assistance.domain;

import org.fupin.kernel.Reason;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WorkTeamRulesTest {

    @ParameterizedTest(name = "{0} members, {1} leaders, {2}..{3} -> {4}")
    @CsvSource({
            "3, 1, 2017-03-01, 2019-03-01, ''",
            "2, 1, 2017-03-01, 2019-03-01, TEAM_TOO_FEW_MEMBERS",
            "3, 1, 2017-03-01, 2019-02-28, TEAM_TERM_TOO_SHORT",
            "5, 0, 2017-03-01, 2020-03-01, TEAM_ONE_LEADER",
            "1, 2, 2017-03-01, 2017-09-01, TEAM_TOO_FEW_MEMBERS TEAM_TERM_TOO_SHORT TEAM_ONE_LEADER"})
    void needsThreeMembersTwoYearsAndOneLeader(int members, int leaders, LocalDate start, LocalDate end,
                                               String expected) {
        List<Reason> reasons = WorkTeamRules.check(members, leaders, start, end, LoanRulesTest.RULES_2019);

        assertThat(reasons).extracting(Reason::code)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void reportsTheMonthsOfATooShortTerm() {
        assertThat(WorkTeamRules.check(3, 1, LocalDate.of(2017, 3, 1), LocalDate.of(2018, 9, 1), LoanRulesTest.RULES_2019))
                .containsExactly(Reason.of("TEAM_TERM_TOO_SHORT", 18L, 24));
    }

    @Test
    void aVillageWithLeadersAtTwoLevelsAndNoTeamMissesThreeSlots() {
        Staffing staffing = Staffing.of(Map.of(
                Staffing.SlotKind.COUNTY_LEADER, List.of("a"), Staffing.SlotKind.VILLAGE_LEADER, List.of("b"),
                Staffing.departmentSlot("CITY"), List.of("unit")));

        assertThat(staffing.missing()).containsExactly(Staffing.SlotKind.TOWNSHIP_LEADER,
                Staffing.SlotKind.TOWNSHIP_DEPARTMENT, Staffing.SlotKind.WORK_TEAM);
        assertThat(staffing.staffedCount()).isEqualTo(3);
    }

    @ParameterizedTest(name = "last visit {0}, as of {1}, {2} months -> overdue {3}")
    @CsvSource({"2024-01-01, 2024-07-01, 6, false", "2023-12-31, 2024-07-01, 6, true", ", 2024-07-01, 6, true",
            "2024-04-02, 2024-07-01, 3, false"})
    void flagsCadresWithoutAVisitInTheWindow(LocalDate last, LocalDate asOf, int months, boolean overdue) {
        assertThat(VisitRule.overdue(last, asOf, months)).isEqualTo(overdue);
    }
}
