package org.fupin.identification.web;

import org.fupin.notice.Explanations;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.identification.CaseException;
import org.fupin.identification.ExitCalculations;
import org.fupin.identification.domain.CountyExitPolicy;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Village and county exit with the calculation shown: the village's 贫困发生率 from the registry's figures, and
 * the county's 三率一度 from the evaluation sample entered in the form.
 */
@Controller
record ExitPages(ExitCalculations exits, Explanations explanations, Users users) {

    @GetMapping("/identification/exit-calculation")
    String calculation(@RequestParam(required = false) String village, @RequestParam(required = false) String county,
                       @RequestParam(required = false) Integer year, CountyForm form, Authentication user, Model model,
                       Locale locale) {
        RegionScope scope = users.scopeOf(user);
        model.addAttribute("village", village);
        model.addAttribute("county", county);
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        try {
            if (village != null && !village.isBlank() && year != null) {
                model.addAttribute("villageLines", explanations.lines(exits.village(scope, village, year), locale));
            }
            if (county != null && !county.isBlank() && year != null && form.complete()) {
                model.addAttribute("countyLines", explanations.lines(exits.county(scope, county, year, form.sample()), locale));
            }
        } catch (CaseException e) {
            model.addAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
        }
        return "identification/exits";
    }

    /** The county sample as entered (null until filled in). */
    record CountyForm(Long remainingPoor, Long estimatedMissed, Long estimatedWronglyExited, Long ruralPopulation,
                      Long wronglyExitedInSample, Long exitedInSample, Long missedInSample, Long unregisteredInSample,
                      Long approvingHouseholds, Long surveyedHouseholds) {

        boolean complete() {
            return remainingPoor != null && estimatedMissed != null && estimatedWronglyExited != null
                    && ruralPopulation != null && ruralPopulation > 0 && wronglyExitedInSample != null
                    && exitedInSample != null && exitedInSample > 0 && missedInSample != null
                    && unregisteredInSample != null && unregisteredInSample > 0 && approvingHouseholds != null
                    && surveyedHouseholds != null && surveyedHouseholds > 0;
        }

        CountyExitPolicy.Sample sample() {
            return new CountyExitPolicy.Sample(remainingPoor, estimatedMissed, estimatedWronglyExited, ruralPopulation,
                    wronglyExitedInSample, exitedInSample, missedInSample, unregisteredInSample, approvingHouseholds,
                    surveyedHouseholds);
        }
    }
}
