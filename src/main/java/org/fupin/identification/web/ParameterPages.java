package org.fupin.identification.web;

import org.fupin.notice.Explanations;
import java.math.BigDecimal;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.identification.CaseException;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.PolicyParameters;
import org.fupin.income.PovertyLines;
import org.fupin.kernel.Seen;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Poverty lines and parameters as data: the lines by year, standard and region, the parameters with their region
 * prefix and first year, the exclusion rules; changed by administrators within their own region. Also the 比对
 * findings recorded for a case's household.
 */
@Controller
record ParameterPages(PolicyParameters parameters, IdentificationCases cases, Explanations explanations, Users users) {

    @GetMapping("/identification/parameters")
    String page(Model model) {
        model.addAttribute("lines", parameters.povertyLines());
        var all = parameters.parameters();
        model.addAttribute("parameters", all);
        model.addAttribute("parameterNames", all.stream().map(p -> p.name()).distinct().sorted().toList());
        model.addAttribute("rules", parameters.exclusionRules());
        // optimistic locking (ADR 0031): each form carries the versions of the rows listed above it
        model.addAttribute("lineSeen", Seen.encode(parameters.lineVersions()));
        model.addAttribute("parameterSeen", Seen.encode(parameters.parameterVersions()));
        return "identification/parameters";
    }

    @PostMapping("/identification/parameters")
    String setParameter(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String prefix,
                        @RequestParam(defaultValue = "0") int yearFrom, @RequestParam(required = false) BigDecimal value,
                        @RequestParam(defaultValue = "") String source, @RequestParam(required = false) String seen,
                        Authentication user, RedirectAttributes flash, Locale locale) {
        return act(flash, locale, () -> parameters.setParameter(users.scopeOf(user),
                new PolicyParameters.Parameter(name.strip(), prefix.strip(), yearFrom, value, source.strip()), user.getName(),
                Seen.in(seen, PolicyParameters.parameterKey(name.strip(), prefix.strip(), yearFrom))));
    }

    @PostMapping("/identification/poverty-lines")
    String setLine(@RequestParam(defaultValue = "0") int year, @RequestParam(defaultValue = "NATIONAL") String standard,
                   @RequestParam(defaultValue = "") String prefix, @RequestParam(required = false) BigDecimal amount,
                   @RequestParam(defaultValue = "false") boolean verified, @RequestParam(defaultValue = "") String source,
                   @RequestParam(required = false) String seen, Authentication user, RedirectAttributes flash,
                   Locale locale) {
        return act(flash, locale, () -> parameters.setPovertyLine(users.scopeOf(user), new PovertyLines.Entry(year,
                standard, prefix.strip(), amount, verified, source.strip()), user.getName(),
                Seen.in(seen, PovertyLines.key(year, standard, prefix.strip()))));
    }

    @PostMapping("/identification/cases/{id}/findings")
    String finding(@PathVariable long id, @RequestParam(defaultValue = "") String rule,
                   @RequestParam(defaultValue = "") String detail, @RequestParam(defaultValue = "") String source,
                   Authentication user) {
        RegionScope scope = users.scopeOf(user);
        var c = cases.find(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("case " + id));
        boolean known = parameters.exclusionRules().stream().anyMatch(r -> r.code().equals(rule));
        if (known) {
            parameters.recordExclusionFinding(scope, c.villageCode(), c.year(), c.householdNumber(), rule, detail,
                    source, user.getName());
        }
        return "redirect:/identification/cases/" + id + "/decision";
    }

    private String act(RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", explanations.message("identification.parameters.saved", null, locale));
        } catch (CaseException e) {
            flash.addFlashAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
        }
        return "redirect:/identification/parameters";
    }
}
