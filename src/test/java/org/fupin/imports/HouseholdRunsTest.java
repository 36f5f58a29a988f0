package org.fupin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fupin.household.domain.Member;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * Issue #22: adjacent rows of a household are checked as the file streams; a household whose rows come back later
 * is forgotten and left to the row stage whole; a file that is not grouped at all is left to the stage early.
 */
class HouseholdRunsTest {

    private final Issues issues = new Issues(new StaticMessageSource(), "registry", Locale.ROOT);
    private final HouseholdRuns runs = new HouseholdRuns(false, null, issues, new ImportProgress(), year -> Optional.empty());

    /** A member row without a 户主: the household rules find HOUSEHOLD_WITHOUT_HEAD on it. */
    private static ParsedRow row(int row, String household) {
        Member.HouseholdPart part = new Member.HouseholdPart(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        Member m = new Member(row, 2015, "620721102201", household, "name", null, "03", null, null, null, null, null,
                null, null, null, null, null, null, null, part, Map.of(), Set.of());
        return new ParsedRow(row, List.of(), m, "", null, null, null);
    }

    private List<Integer> reportedRows() {
        return issues.report(true, 0, 0).errors().stream().map(ImportIssue::row).toList();
    }

    @Test
    void leavesAHouseholdWhoseRowsComeBackToTheStageAndForgetsWhatItsFirstRowsFound() throws SQLException {
        int row = 2;
        for (String household : List.of("A", "A", "B", "B", "A", "C")) runs.add(row(row++, household));
        runs.finish();

        List<HouseholdRuns.Key> fromStage = runs.settle();
        runs.addFindingsBefore(null);

        assertThat(fromStage).containsExactly(new HouseholdRuns.Key(2015, "A"));
        assertThat(reportedRows()).containsExactly(4, 5, 7);
        assertThat(runs.households()).isEqualTo(3);
    }

    @Test
    void addsTheFindingsOfStreamedHouseholdsInHouseholdOrderAroundThoseFromTheStage() throws SQLException {
        int row = 2;
        for (String household : List.of("C", "A", "B", "A")) runs.add(row(row++, household));
        runs.finish();
        runs.settle();

        runs.addFindingsBefore(new HouseholdRuns.Key(2015, "A"));
        List<Integer> beforeA = new ArrayList<>(reportedRows());
        runs.addFindingsBefore(null);

        assertThat(beforeA).isEmpty();
        assertThat(reportedRows()).containsExactly(2, 4);
    }

    @Test
    void leavesEveryFurtherHouseholdToTheStageOnceTheFileIsNotGroupedByHousehold() throws SQLException {
        int row = 2;
        int households = HouseholdRuns.SPLITS_BEFORE_GIVING_UP * 2;
        for (int round = 0; round < 2; round++) {
            for (int h = 0; h < households; h++) runs.add(row(row++, "H" + h));
        }
        runs.add(row(row++, "LATE"));
        runs.add(row(row, "LATE"));
        runs.finish();

        List<HouseholdRuns.Key> fromStage = runs.settle();
        runs.addFindingsBefore(null);

        assertThat(fromStage).hasSize(households + 1).contains(new HouseholdRuns.Key(2015, "LATE"));
        assertThat(issues.errorCount()).isZero();
    }
}
