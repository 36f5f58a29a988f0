package org.fupin.notice.domain;

import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoticeRulesTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    private static final NoticePeriod FIVE_DAYS = NoticePeriod.ofDays(MARCH_1, 5);

    @Test
    void aFiveDayNoticeFromTheFirstRunsToTheFifthInclusive() {
        assertThat(FIVE_DAYS.end()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(FIVE_DAYS.days()).isEqualTo(5);
    }

    @ParameterizedTest(name = "on {0}: may advance {1}, days left {2}")
    @CsvSource({
            "2024-03-01, false, 5",
            "2024-03-05, false, 1",
            "2024-03-06, true, 0",
            "2024-04-01, true, 0"})
    void aCaseAdvancesOnlyAfterTheLastDayOfTheNotice(LocalDate on, boolean allowed, long daysLeft) {
        Verdict verdict = NoticeRules.mayAdvance(FIVE_DAYS, MARCH_1, List.of(), 5, on);

        assertThat(verdict.passed()).isEqualTo(allowed);
        Check ended = find(verdict, NoticeRules.PERIOD_ENDED);
        assertThat(ended.numbers()).containsExactly(LocalDate.of(2024, 3, 5), daysLeft);
    }

    @Test
    void anOpenObjectionBlocksUntilTheDayItIsResolved() {
        Objection open = new Objection(1, "villager", "6207211500007", "income hidden",
                LocalDate.of(2024, 3, 3), null, null);
        Objection resolved = new Objection(1, "villager", "6207211500007", "income hidden",
                LocalDate.of(2024, 3, 3), "not upheld", LocalDate.of(2024, 3, 8));

        Verdict blocked = NoticeRules.mayAdvance(FIVE_DAYS, MARCH_1, List.of(open), 5, LocalDate.of(2024, 3, 9));
        Verdict beforeResolution = NoticeRules.mayAdvance(FIVE_DAYS, MARCH_1, List.of(resolved), 5, LocalDate.of(2024, 3, 7));
        Verdict after = NoticeRules.mayAdvance(FIVE_DAYS, MARCH_1, List.of(resolved), 5, LocalDate.of(2024, 3, 8));

        assertThat(blocked.reasons()).extracting(Check::name).containsExactly(NoticeRules.NO_OPEN_OBJECTION);
        assertThat(find(blocked, NoticeRules.NO_OPEN_OBJECTION).numbers()).containsExactly(1L);
        assertThat(beforeResolution.passed()).isFalse();
        assertThat(after.passed()).isTrue();
    }

    @Test
    void aNoticeNeverPostedOrShorterThanRequiredCannotCloseACase() {
        NoticePeriod fourDays = NoticePeriod.ofDays(MARCH_1, 4);

        Verdict verdict = NoticeRules.mayAdvance(fourDays, null, List.of(), 5, LocalDate.of(2024, 3, 20));

        assertThat(verdict.reasons()).extracting(Check::name)
                .containsExactly(NoticeRules.POSTED, NoticeRules.LONG_ENOUGH);
        assertThat(find(verdict, NoticeRules.LONG_ENOUGH).numbers()).containsExactly(4L, 5);
    }

    @Test
    void aNoticePostedOnTheFourthDayOfFiveRunsFiveDaysFromItsPosting() {
        LocalDate postedLate = LocalDate.of(2024, 3, 4);

        Verdict onTheSixth = NoticeRules.mayAdvance(FIVE_DAYS, postedLate, List.of(), 5, LocalDate.of(2024, 3, 6));
        Verdict onTheEighth = NoticeRules.mayAdvance(FIVE_DAYS, postedLate, List.of(), 5, LocalDate.of(2024, 3, 8));
        Verdict onTheNinth = NoticeRules.mayAdvance(FIVE_DAYS, postedLate, List.of(), 5, LocalDate.of(2024, 3, 9));

        assertThat(onTheSixth.reasons()).extracting(Check::name).containsExactly(NoticeRules.PERIOD_ENDED);
        assertThat(find(onTheSixth, NoticeRules.PERIOD_ENDED).numbers()).containsExactly(LocalDate.of(2024, 3, 8), 3L);
        assertThat(onTheEighth.passed()).isFalse();
        assertThat(onTheNinth.passed()).isTrue();
        assertThat(NoticeRules.fromPosting(FIVE_DAYS, MARCH_1)).isEqualTo(FIVE_DAYS);
    }

    @Test
    void aPostingRecordedForALaterDayDoesNotCountYetAndMovesThePeriod() {
        Verdict verdict = NoticeRules.mayAdvance(FIVE_DAYS, LocalDate.of(2024, 3, 10), List.of(), 0, LocalDate.of(2024, 3, 9));

        assertThat(verdict.reasons()).extracting(Check::name).containsExactly(NoticeRules.POSTED, NoticeRules.PERIOD_ENDED);
        assertThat(find(verdict, NoticeRules.PERIOD_ENDED).numbers()).containsExactly(LocalDate.of(2024, 3, 14), 6L);
    }

    @Test
    void anObjectionCannotBeResolvedBeforeItArrived() {
        assertThatThrownBy(() -> new Objection(1, "a", "", "b", LocalDate.of(2024, 3, 3), "x", LocalDate.of(2024, 3, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Check find(Verdict verdict, String name) {
        return verdict.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
