package org.fupin.comparison.web;

import java.time.LocalDate;
import org.fupin.access.Users;
import org.fupin.comparison.Comparison;
import org.fupin.comparison.Refused;
import org.fupin.comparison.domain.Review;
import org.fupin.household.HouseholdRegistry;
import org.fupin.region.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The discrepancy queue of a village or township, one hit with its evidence and review, and consents. */
@Controller
record ComparisonReviewPages(Comparison comparison, HouseholdRegistry households, Users users) {

    @GetMapping("/comparison/queue")
    String queue(@RequestParam(required = false) String region, @RequestParam(required = false) Review.Status status,
                 Authentication user, Model model) {
        model.addAttribute("queue", comparison.queue(users.scopeOf(user), region, status));
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Review.Status.values());
        return "comparison/queue";
    }

    @GetMapping("/comparison/hits/{id}")
    String hit(@PathVariable long id, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        var detail = comparison.hit(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("hit " + id));
        model.addAttribute("detail", detail);
        try {
            model.addAttribute("consent", comparison.consent(scope, detail.hit().householdId()).orElse(null));
        } catch (RegionScope.OutOfScopeException householdGone) {
            model.addAttribute("consent", null);
        }
        return "comparison/hit";
    }

    @PostMapping("/comparison/hits/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) Review.Decision decision,
                  @RequestParam(required = false) String note, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        try {
            comparison.review(scope, id, decision, note);
            return "redirect:/comparison/hits/" + id;
        } catch (Refused refused) {
            model.addAttribute("refused", refused.problems());
            model.addAttribute("note", note);
            return hit(id, user, model);
        }
    }

    @GetMapping("/comparison/households/{id}/consent")
    String consent(@PathVariable long id, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        model.addAttribute("household", households.household(scope, id)
                .orElseThrow(() -> new RegionScope.OutOfScopeException("household " + id)));
        model.addAttribute("consent", comparison.consent(scope, id).orElse(null));
        return "comparison/consent";
    }

    @PostMapping("/comparison/households/{id}/consent")
    String saveConsent(@PathVariable long id, @RequestParam(required = false)
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
                       @RequestParam(required = false) String evidence, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        households.household(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("household " + id));
        try {
            comparison.recordConsent(scope, id, signedOn, evidence);
            return "redirect:/comparison/households/" + id + "/consent";
        } catch (Refused refused) {
            model.addAttribute("refused", refused.problems());
            return consent(id, user, model);
        }
    }

    @GetMapping("/comparison/requests")
    String requests(Authentication user, Model model) {
        model.addAttribute("requests", comparison.caseRequests(users.scopeOf(user)));
        return "comparison/requests";
    }
}
