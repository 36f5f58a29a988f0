package org.fupin.assistance.domain;

import java.math.BigDecimal;

/**
 * The thresholds of one year (table {@code assistance_parameter}): micro-credit limits (domain.md §4.3), work-team
 * size and term (§4.1), publicity days (§4.5) and the months after which a cadre without a visit is flagged.
 */
public record Parameters(BigDecimal loanMaxAmount, int loanMaxMonths, int loanMinAge, int loanMaxAge,
                         int teamMinMembers, int teamMinTermMonths, int publicityMinDays, int visitAlertMonths) {
}
