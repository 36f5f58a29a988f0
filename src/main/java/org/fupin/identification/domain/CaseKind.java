package org.fupin.identification.domain;

import java.util.List;

/** A household procedure: its steps in order and the status it ends in when every step is done. */
public enum CaseKind {
    IDENTIFICATION(List.of(Step.APPLICATION, Step.DEMOCRATIC_APPRAISAL, Step.VERIFICATION, Step.FIRST_NOTICE,
            Step.TOWNSHIP_REVIEW, Step.SECOND_NOTICE, Step.COUNTY_APPROVAL, Step.ANNOUNCEMENT), "REGISTERED"),
    EXIT(List.of(Step.EXIT_APPRAISAL, Step.EXIT_VERIFICATION, Step.HOUSEHOLD_CONSENT, Step.EXIT_NOTICE,
            Step.EXIT_ANNOUNCEMENT, Step.DEREGISTRATION), "DEREGISTERED"),
    /** 剔除: a household found not eligible (错评), e.g. after a confirmed comparison hit. */
    REMOVAL(List.of(Step.REMOVAL_APPRAISAL, Step.REMOVAL_NOTICE, Step.REMOVAL_APPROVAL), "REMOVED");

    public static final String REJECTED = "REJECTED";

    private final List<Step> steps;
    private final String finalStatus;

    CaseKind(List<Step> steps, String finalStatus) {
        this.steps = steps;
        this.finalStatus = finalStatus;
    }

    public List<Step> steps() { return steps; }

    public String finalStatus() { return finalStatus; }

    public Step first() { return steps.get(0); }

    /** The status after {@code step} is done: the next step's name, or the final status. */
    public String statusAfter(Step step) {
        int i = steps.indexOf(step);
        if (i < 0) throw new IllegalArgumentException(step + " is not a step of " + this);
        return i + 1 < steps.size() ? steps.get(i + 1).name() : finalStatus;
    }

    public boolean isOpen(String status) {
        return !status.equals(finalStatus) && !status.equals(REJECTED);
    }
}
