package org.fupin.identification.domain;

import org.fupin.kernel.Rates;
import java.math.BigDecimal;
import java.util.List;
import org.fupin.kernel.Check;
import org.fupin.kernel.Verdict;

/**
 * May a poor county exit (贫困县退出, domain.md §3.5)? The 三率一度 of the evaluation sample:
 * 综合贫困发生率 below 2% (western 3%), 错退率 and 漏评率 at most 2%, 群众认可度 at least 90%; all limits data.
 */
public final class CountyExitPolicy {

    public static final String COMPREHENSIVE_INCIDENCE = "COMPREHENSIVE_INCIDENCE";
    public static final String WRONG_EXIT_RATE = "WRONG_EXIT_RATE";
    public static final String MISSED_RATE = "MISSED_RATE";
    public static final String RECOGNITION = "RECOGNITION";

    /** The survey and registry inputs (counts of persons, except households for recognition). */
    public record Sample(long remainingPoor, long estimatedMissed, long estimatedWronglyExited, long ruralPopulation,
                         long wronglyExitedInSample, long exitedInSample, long missedInSample,
                         long unregisteredInSample, long approvingHouseholds, long surveyedHouseholds) {}

    /** Limits in percent. */
    public record Limits(BigDecimal incidence, BigDecimal incidenceWestern, BigDecimal wrongExit, BigDecimal missed,
                         BigDecimal recognition) {}

    private CountyExitPolicy() {}

    /** Numbers of each check: rate %, limit %, numerator, denominator. */
    public static Verdict decide(Sample s, boolean western, Limits limits) {
        long poor = s.remainingPoor() + s.estimatedMissed() + s.estimatedWronglyExited();
        BigDecimal incidenceLimit = western ? limits.incidenceWestern() : limits.incidence();
        return new Verdict(List.of(
                Check.of(COMPREHENSIVE_INCIDENCE, Rates.below(poor, s.ruralPopulation(), incidenceLimit),
                        Rates.percent(poor, s.ruralPopulation()), incidenceLimit, poor, s.ruralPopulation()),
                Check.of(WRONG_EXIT_RATE, Rates.atMost(s.wronglyExitedInSample(), s.exitedInSample(), limits.wrongExit()),
                        Rates.percent(s.wronglyExitedInSample(), s.exitedInSample()), limits.wrongExit(),
                        s.wronglyExitedInSample(), s.exitedInSample()),
                Check.of(MISSED_RATE, Rates.atMost(s.missedInSample(), s.unregisteredInSample(), limits.missed()),
                        Rates.percent(s.missedInSample(), s.unregisteredInSample()), limits.missed(),
                        s.missedInSample(), s.unregisteredInSample()),
                Check.of(RECOGNITION, Rates.atLeast(s.approvingHouseholds(), s.surveyedHouseholds(), limits.recognition()),
                        Rates.percent(s.approvingHouseholds(), s.surveyedHouseholds()), limits.recognition(),
                        s.approvingHouseholds(), s.surveyedHouseholds())));
    }
}
