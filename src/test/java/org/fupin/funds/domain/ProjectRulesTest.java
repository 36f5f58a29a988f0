package org.fupin.funds.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fupin.kernel.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectRulesTest {

    static ProjectFields complete(String target) {
        return new ProjectFields("road", "INFRASTRUCTURE", "NEW", "620721203201", "2018", "bureau", "3 km", "county",
                "40 households", target, "jobs");
    }

    @Test
    void aProjectWithoutPerformanceTargetCannotEnterTheLibrary() {
        List<Reason> reasons = ProjectRules.transition(ProjectStatus.REVIEWED, ProjectStatus.IN_LIBRARY, complete(" "),
                LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 10), LocalDate.of(2018, 3, 11), 10);

        assertThat(reasons).containsExactly(Reason.of("PROJECT_FIELD_MISSING", "performanceTarget"));
    }

    @ParameterizedTest(name = "posted {0}..{1}, entered {2} -> {3}")
    @CsvSource({
            "2018-03-01, 2018-03-10, 2018-03-11, ''",
            "2018-03-01, 2018-03-08, 2018-03-11, PROJECT_PUBLICITY_TOO_SHORT",
            "2018-03-01, 2018-03-10, 2018-03-10, PROJECT_PUBLICITY_NOT_OVER",
            ", , 2018-03-11, PROJECT_PUBLICITY_MISSING"})
    void publicityLastsAtLeastTenDaysAndIsOverBeforeEntry(LocalDate start, LocalDate end, LocalDate entry, String expected) {
        List<Reason> reasons = ProjectRules.transition(ProjectStatus.REVIEWED, ProjectStatus.IN_LIBRARY,
                complete("income +500 yuan"), start, end, entry, 10);

        assertThat(reasons).extracting(Reason::code)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void eightDaysOnTheVillageBoardIsTooShortWithItsNumbers() {
        assertThat(ProjectRules.publicity(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 8), LocalDate.of(2018, 4, 1), 10))
                .containsExactly(Reason.of("PROJECT_PUBLICITY_TOO_SHORT", 8L, 10));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({"APPLIED, REVIEWED, true", "APPLIED, IN_LIBRARY, false", "COMPLETED, ANNOUNCED, true",
            "ANNOUNCED, APPLIED, false", "IMPLEMENTING, REVIEWED, false"})
    void stepsOneAtATimeForward(ProjectStatus from, ProjectStatus to, boolean allowed) {
        List<Reason> reasons = ProjectRules.transition(from, to, complete("t"), null, null, LocalDate.of(2018, 1, 1), 10);

        assertThat(reasons.isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "allocated {0}, paid {1}, paying {2}, project {3} -> {4}")
    @CsvSource({
            "1000000.00, 400000.00, 600000.00, IMPLEMENTING, ''",
            "1000000.00, 400000.00, 600000.01, IMPLEMENTING, FUND_OVERSPENT",
            "1000000.00, 0.00, 10.00, IN_LIBRARY, FUND_PROJECT_NOT_STARTED",
            "1000000.00, 0.00, 0.00, COMPLETED, FUND_AMOUNT_NOT_POSITIVE"})
    void aDisbursementStaysWithinTheBalanceOfItsAllocation(BigDecimal allocated, BigDecimal paid, BigDecimal amount,
                                                           ProjectStatus status, String expected) {
        assertThat(FundRules.disbursement(allocated, paid, amount, status)).extracting(Reason::code)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }
}
