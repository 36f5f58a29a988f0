package org.fupin.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.funds.domain.ProjectStatus;

/**
 * A library project with its mandatory fields, state, publicity dates and the money paid to it so far; its version
 * is raised by every change (forms carry it, ADR 0031).
 */
public record Project(long id, int year, ProjectFields fields, BigDecimal budget, ProjectStatus status,
                      LocalDate statusDate, LocalDate publicityStart, LocalDate publicityEnd, BigDecimal paid,
                      int beneficiaries, int version) {
}
