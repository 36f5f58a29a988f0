package org.fupin.comparison.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The review of one hit by its village or township: a pending hit may be confirmed (its rule's consequence is
 * then requested from the case workflow) or dismissed with a reason; a reviewed hit is not reviewed again.
 * Returns the reasons a decision is refused (codes of {@code comparison.refused.<code>}), empty when it is allowed.
 */
public final class Review {

    /** Where a hit stands. */
    public enum Status { PENDING, CONFIRMED, DISMISSED }

    /** What a reviewer decides. */
    public enum Decision { CONFIRM, DISMISS }

    /** What a confirmed hit of a rule leads to (the rule's data). */
    public enum Consequence {
        /** 剔除 (错评): a removal case for the household. */
        REMOVAL,
        /** 自然减少: the person leaves the household (death). */
        NATURAL_DECREASE,
        /** 严审: the household is examined closely; a case is requested like a removal, for a decision there. */
        CLOSE_REVIEW
    }

    public static final int MIN_REASON_LENGTH = 4;

    private Review() {}

    public static List<String> check(Status current, Decision decision, String reason) {
        List<String> problems = new ArrayList<>();
        if (current != Status.PENDING) problems.add("ALREADY_REVIEWED");
        String text = reason == null ? "" : reason.strip();
        if (decision == Decision.DISMISS && text.codePointCount(0, text.length()) < MIN_REASON_LENGTH) {
            problems.add("REASON_REQUIRED");
        }
        return problems;
    }

    /** The status a hit takes after an allowed decision. */
    public static Status after(Decision decision) {
        return decision == Decision.CONFIRM ? Status.CONFIRMED : Status.DISMISSED;
    }

    /** The kind of request a confirmed hit hands over to the case workflow (#5). */
    public static String requestKind(Consequence consequence) {
        return consequence == Consequence.NATURAL_DECREASE ? "NATURAL_DECREASE" : "REMOVAL";
    }
}
