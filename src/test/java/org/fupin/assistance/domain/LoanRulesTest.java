package org.fupin.assistance.domain;

import org.fupin.kernel.Reason;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoanRulesTest {

    static final Parameters RULES_2019 = new Parameters(new BigDecimal("50000.00"), 36, 18, 65, 3, 24, 10, 6);

    @ParameterizedTest(name = "{0} yuan, {1} months, born {2}, issued {3}, {4} -> {5}")
    @CsvSource({
            "50000.00, 36, 1970-06-01, 2019-03-01, PLANTING, ''",
            "50000.01, 36, 1970-06-01, 2019-03-01, PLANTING, LOAN_AMOUNT_ABOVE_LIMIT",
            "60000.00, 48, 1952-05-01, 2019-03-01, BREEDING, LOAN_AMOUNT_ABOVE_LIMIT LOAN_TERM_TOO_LONG LOAN_BORROWER_AGE",
            "30000.00, 37, 1980-01-01, 2019-03-01, BREEDING, LOAN_TERM_TOO_LONG",
            "30000.00, 12, 2001-03-02, 2019-03-01, BREEDING, LOAN_BORROWER_AGE",
            "30000.00, 12, 2001-03-01, 2019-03-01, BREEDING, ''",
            "30000.00, 12, 1953-03-01, 2019-03-01, BREEDING, LOAN_BORROWER_AGE",
            "30000.00, 12, 1953-03-02, 2019-03-01, BREEDING, ''",
            "30000.00, 12, 1980-01-01, 2019-03-01, HOUSE_BUILDING, LOAN_NOT_FOR_PRODUCTION",
            "30000.00, 12, 1980-01-01, 2019-03-01, WEDDING, LOAN_NOT_FOR_PRODUCTION"})
    void checksAmountTermAgeOnTheLoanDateAndUse(String amount, int months, LocalDate born, LocalDate issued,
                                                LoanPurpose purpose, String expected) {
        List<Reason> reasons = LoanRules.check(new BigDecimal(amount), months, born, issued, purpose, RULES_2019);

        assertThat(reasons).extracting(Reason::code)
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void rejectsTheWorkedExampleT22OnAllThreeCountsWithItsNumbers() {
        List<Reason> reasons = LoanRules.check(new BigDecimal("60000.00"), 48, LocalDate.of(1952, 5, 1),
                LocalDate.of(2019, 3, 1), LoanPurpose.PLANTING, RULES_2019);

        assertThat(reasons).containsExactly(Reason.of("LOAN_AMOUNT_ABOVE_LIMIT", "60000.00", "50000.00"),
                Reason.of("LOAN_TERM_TOO_LONG", 48, 36), Reason.of("LOAN_BORROWER_AGE", 66, 18, 65));
    }

    @Test
    void aHigherLimitOfAnotherYearIsUsedWhenGiven() {
        Parameters guaranteed = new Parameters(new BigDecimal("100000.00"), 36, 18, 65, 3, 24, 10, 6);

        assertThat(LoanRules.check(new BigDecimal("60000.00"), 36, LocalDate.of(1980, 1, 1), LocalDate.of(2019, 3, 1),
                LoanPurpose.PLANTING, guaranteed)).isEmpty();
    }
}
