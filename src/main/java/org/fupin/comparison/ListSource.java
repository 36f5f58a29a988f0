package org.fupin.comparison;

import java.time.LocalDate;
import org.fupin.comparison.domain.ListType;

/** What a list is and where it comes from: its type, the sending department and the date its data describe. */
public record ListSource(ListType type, String department, LocalDate asOf) {
}
