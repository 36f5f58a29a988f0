package org.fupin.comparison.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.fupin.comparison.domain.Review.Consequence;
import org.fupin.comparison.domain.Review.Decision;
import org.fupin.comparison.domain.Review.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Review of a comparison hit: nothing is decided twice, and a dismissal always has a reason. */
class ReviewTest {

    @ParameterizedTest(name = "{0} {1} with ''{2}'' -> {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            PENDING   | CONFIRM | NULL            | ''
            PENDING   | DISMISS | NULL            | REASON_REQUIRED
            PENDING   | DISMISS | '   '           | REASON_REQUIRED
            PENDING   | DISMISS | abc             | REASON_REQUIRED
            PENDING   | DISMISS | same name       | ''
            CONFIRMED | CONFIRM | NULL            | ALREADY_REVIEWED
            DISMISSED | DISMISS | still no reason | ALREADY_REVIEWED
            """)
    void allowsOnlyPendingHitsAndDismissalsWithAReason(Status status, Decision decision, String reason, String problems) {
        assertThat(String.join(",", Review.check(status, decision, reason))).isEqualTo(problems);
    }

    @Test
    void aChineseReasonOfFourCharactersIsEnough() {
        assertThat(Review.check(Status.PENDING, Decision.DISMISS, "\u540c\u540d\u8bef\u62a5")).isEmpty();
    }

    @Test
    void deathsBecomeNaturalDecreaseRequestsEverythingElseRemovalRequests() {
        assertThat(Review.requestKind(Consequence.NATURAL_DECREASE)).isEqualTo("NATURAL_DECREASE");
        assertThat(Review.requestKind(Consequence.REMOVAL)).isEqualTo("REMOVAL");
        assertThat(Review.requestKind(Consequence.CLOSE_REVIEW)).isEqualTo("REMOVAL");
        assertThat(Review.after(Decision.CONFIRM)).isEqualTo(Status.CONFIRMED);
        assertThat(Review.after(Decision.DISMISS)).isEqualTo(Status.DISMISSED);
    }
}
