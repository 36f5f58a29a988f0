package org.fupin.assistance.domain;

import org.fupin.kernel.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a 扶贫小额信贷 loan (domain.md §4.3, test case T22): at most the year's maximum amount (5万元) and
 * term (36 months), a borrower aged between the minimum and maximum age (18–65 周岁) on the day the loan is issued,
 * and a production use. Every failed check is reported, not only the first.
 */
public final class LoanRules {

    private LoanRules() {}

    public static List<Reason> check(BigDecimal amount, int termMonths, LocalDate borrowerBirthDate, LocalDate issueDate,
                                     LoanPurpose purpose, Parameters parameters) {
        List<Reason> reasons = new ArrayList<>();
        if (amount.compareTo(parameters.loanMaxAmount()) > 0) {
            reasons.add(Reason.of("LOAN_AMOUNT_ABOVE_LIMIT", amount.toPlainString(),
                    parameters.loanMaxAmount().toPlainString()));
        }
        if (termMonths > parameters.loanMaxMonths()) {
            reasons.add(Reason.of("LOAN_TERM_TOO_LONG", termMonths, parameters.loanMaxMonths()));
        }
        int age = Period.between(borrowerBirthDate, issueDate).getYears();
        if (age < parameters.loanMinAge() || age > parameters.loanMaxAge()) {
            reasons.add(Reason.of("LOAN_BORROWER_AGE", age, parameters.loanMinAge(), parameters.loanMaxAge()));
        }
        if (!purpose.production()) reasons.add(Reason.of("LOAN_NOT_FOR_PRODUCTION", purpose.name()));
        return reasons;
    }
}
