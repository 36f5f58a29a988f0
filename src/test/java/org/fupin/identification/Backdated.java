package org.fupin.identification;

import java.time.LocalDate;
import org.fupin.identification.domain.Meeting;

/**
 * Step inputs for procedures the tests date in the past (2015, last October): each carries the reason a clerk gives
 * for entering a step more than the allowed days after its date (issue #16).
 */
public final class Backdated {

    public static final String REASON = "补录纸质档案";

    private Backdated() {}

    public static StepInput on(LocalDate date, String comment) {
        return new StepInput(date, comment, null, null, REASON);
    }

    public static StepInput input(LocalDate date, String comment, Meeting meeting, Boolean foodAndClothing) {
        return new StepInput(date, comment, meeting, foodAndClothing, REASON);
    }
}
