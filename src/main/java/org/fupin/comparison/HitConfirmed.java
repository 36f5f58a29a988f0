package org.fupin.comparison;

import java.time.LocalDate;

/**
 * A comparison hit has just been confirmed by its reviewer, in the review's transaction (ADR 0011): {@code kind} is
 * {@code REMOVAL} (the household is to go through 剔除) or {@code NATURAL_DECREASE} (a member has died);
 * {@code evidence} is the JSON handed over (rule, masked person, the department's record, the review note). The
 * procedure modules act on it in the same transaction, so a confirmed hit and its case exist together or not at all,
 * and mark the hand-off request taken ({@link Comparison#takeRequest}).
 */
public record HitConfirmed(long hitId, long requestId, long householdId, String kind, String personIdMasked, LocalDate reviewedOn,
                           String evidence, String reviewer) {}
