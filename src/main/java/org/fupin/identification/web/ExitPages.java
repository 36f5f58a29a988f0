package org.fupin.identification.web;

import org.fupin.access.Role;
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
record ExitPages(ExitCalculations exits, org.fupin.identification.VillageExitConditions conditions,
                 org.fupin.facilities.Facilities facilities, org.fupin.region.RegionDirectory regions,
                 Explanations explanations, Users users) {

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
        int typesYear = year == null ? java.time.Year.now().getValue() : year;
        var types = facilities.types(typesYear);
        model.addAttribute("facilityTypes", types.entries());
        var settings = conditions.settings(scope);
        model.addAttribute("conditions", settings);
        java.util.Map<String, Integer> versions = new java.util.LinkedHashMap<>();
        settings.forEach(s -> versions.put(s.key(), s.version()));
        model.addAttribute("conditionSeen", org.fupin.kernel.Seen.encode(versions));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        settings.forEach(s -> {
            names.put("type:" + s.facilityType(), types.label(s.facilityType()).orElse(s.facilityType()));
            if (!s.regionPrefix().isEmpty()) {
                regions.find(scope, padded(s.regionPrefix())).ifPresent(r -> names.put(s.regionPrefix(), r.name()));
            }
        });
        model.addAttribute("names", names);
        model.addAttribute("canConfigure", Role.administers(user));
        model.addAttribute("scopePrefix", scope.prefix());
        return "identification/exits";
    }

    /** Sets a village exit condition (county and system administrators; others are refused by security). */
    @org.springframework.web.bind.annotation.PostMapping("/identification/exit-conditions")
    String setCondition(@RequestParam(defaultValue = "") String prefix, @RequestParam(defaultValue = "0") int yearFrom,
                        @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "-1") int minCount,
                        @RequestParam(defaultValue = "") String source, @RequestParam(required = false) String seen,
                        Authentication user, org.springframework.web.servlet.mvc.support.RedirectAttributes flash,
                        Locale locale) {
        try {
            conditions.set(users.scopeOf(user), prefix, yearFrom, type, minCount, source, user.getName(),
                    org.fupin.kernel.Seen.in(seen,
                            org.fupin.identification.VillageExitConditions.key(prefix.strip(), yearFrom, type)));
            flash.addFlashAttribute("message", explanations.message("identification.exits.conditions.saved", null, locale));
        } catch (CaseException e) {
            flash.addFlashAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
        }
        return "redirect:/identification/exit-calculation";
    }

    /** A region prefix as the 12-digit code of the region it names (62 → 620000000000). */
    private static String padded(String prefix) {
        return prefix.length() >= 12 ? prefix : prefix + "0".repeat(12 - prefix.length());
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
