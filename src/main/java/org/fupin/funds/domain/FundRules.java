package org.fupin.funds.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fupin.kernel.Reason;

/** A disbursement may not exceed what is left of its allocation, and goes only to a project being carried out. */
public final class FundRules {

    private FundRules() {}

    public static BigDecimal balance(BigDecimal allocated, BigDecimal disbursed) {
        return allocated.subtract(disbursed);
    }

    public static List<Reason> disbursement(BigDecimal allocated, BigDecimal disbursed, BigDecimal amount,
                                            ProjectStatus projectStatus) {
        List<Reason> reasons = new ArrayList<>();
        if (amount.signum() <= 0) reasons.add(Reason.of("FUND_AMOUNT_NOT_POSITIVE", amount.toPlainString()));
        BigDecimal balance = balance(allocated, disbursed);
        if (amount.compareTo(balance) > 0) {
            reasons.add(Reason.of("FUND_OVERSPENT", amount.toPlainString(), balance.toPlainString()));
        }
        if (!projectStatus.acceptsPayments()) reasons.add(Reason.of("FUND_PROJECT_NOT_STARTED", projectStatus.name()));
        return reasons;
    }
}
