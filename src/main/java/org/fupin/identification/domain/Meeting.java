package org.fupin.identification.domain;

import java.time.LocalDate;

/** A 民主评议 meeting: its date, the representatives present, and the votes for and against. */
public record Meeting(LocalDate date, int attendance, int votesFor, int votesAgainst) {}
