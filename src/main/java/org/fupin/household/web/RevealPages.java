package org.fupin.household.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fupin.access.Users;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.IdReveal;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reveal one member's full ID number, with a reason; the answer is never cached and the reveal is audited. */
@Controller
record RevealPages(IdReveal reveal, HouseholdRegistry households, Users users) {

    @GetMapping("/households/{id}/members/{position}/reveal")
    String ask(@PathVariable long id, @PathVariable int position, Authentication user, Model model) {
        return page(users.scopeOf(user), id, position, null, false, model);
    }

    @PostMapping("/households/{id}/members/{position}/reveal")
    String show(@PathVariable long id, @PathVariable int position, @RequestParam(defaultValue = "") String reason,
                Authentication user, HttpServletResponse response, Model model) {
        RegionScope scope = users.scopeOf(user);
        response.setHeader("Cache-Control", "no-store");
        if (reason.strip().length() < IdReveal.MIN_REASON_LENGTH) return page(scope, id, position, null, true, model);
        String number = reveal.reveal(scope, id, position, reason)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        return page(scope, id, position, number, false, model);
    }

    private String page(RegionScope scope, long id, int position, String number, boolean reasonMissing, Model model) {
        HouseholdDetail household = households.household(scope, id)
                .filter(h -> position >= 1 && position <= h.members().size())
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        model.addAttribute("household", household);
        model.addAttribute("member", household.members().get(position - 1));
        model.addAttribute("number", number);
        model.addAttribute("reasonMissing", reasonMissing);
        return "household/reveal";
    }
}
