package org.fupin.comparison.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One accepted row of an external list: the normalised 18-character citizen number (a 15-digit legacy number
 * upgraded, a disability card number cut to its first 18), whether it came in legacy form, and the slots.
 */
public record ExternalFact(String citizenNumber, boolean legacyForm, String name, String category, String status,
                           BigDecimal amount, BigDecimal area, LocalDate date, String detail) {
}
