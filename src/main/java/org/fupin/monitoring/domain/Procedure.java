package org.fupin.monitoring.domain;

import java.util.List;
import java.util.Optional;

/**
 * The steps of identifying a monitored household and of eliminating its risk, in order (domain.md §5.4, §5.5).
 * 标注 (MARKING) is recorded with the county decision.
 */
public final class Procedure {

    public enum Step {
        HOME_VISIT, COMPARISON, DEMOCRATIC_REVIEW, VILLAGE_NOTICE, TOWNSHIP_REVIEW, COUNTY_APPROVAL, MARKING,
        ELIMINATION_VISIT, ELIMINATION_NOTICE, ELIMINATION_APPROVAL
    }

    public static final List<Step> IDENTIFICATION = List.of(Step.HOME_VISIT, Step.COMPARISON,
            Step.DEMOCRATIC_REVIEW, Step.VILLAGE_NOTICE, Step.TOWNSHIP_REVIEW, Step.COUNTY_APPROVAL, Step.MARKING);
    public static final List<Step> ELIMINATION = List.of(Step.ELIMINATION_VISIT, Step.ELIMINATION_NOTICE,
            Step.ELIMINATION_APPROVAL);

    private Procedure() {}

    /** The next step of {@code steps} after those done (in order), or empty when all are done. */
    public static Optional<Step> next(List<Step> steps, List<Step> done) {
        return steps.stream().filter(s -> !done.contains(s)).findFirst();
    }
}
