package org.fupin.identification;

import java.time.LocalDate;
import org.fupin.identification.domain.Meeting;

/**
 * What a user enters to record a step: the date, a comment, the meeting (评议 steps only) and, at exit
 * verification, whether 吃穿不愁 was confirmed (null elsewhere).
 */
public record StepInput(LocalDate date, String comment, Meeting meeting, Boolean foodAndClothing,
                        String backdateReason) {

    public StepInput(LocalDate date, String comment, Meeting meeting, Boolean foodAndClothing) {
        this(date, comment, meeting, foodAndClothing, null);
    }

    public static StepInput on(LocalDate date, String comment) {
        return new StepInput(date, comment, null, null);
    }
}
