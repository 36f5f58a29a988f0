package org.fupin.assistance.web;

import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.Users;
import org.fupin.assistance.CadreAccounts;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.ReasonMessages;
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
 * The users page's cadre link of one account (ADR 0038): which cadre record the account is, chosen among the cadres of
 * the user's region by name and unit. Reached from the users list; county and system administrators only.
 */
@Controller
record CadreAccountPages(CadreAccounts accounts, ReasonMessages reasons, Users users) {

    @GetMapping("/users/{username}/cadre")
    String page(@PathVariable String username, Authentication user, Model model) {
        model.addAttribute("linking", accounts.linking(users.scopeOf(user), username)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(username)));
        return "assistance/cadre-account";
    }

    @PostMapping("/users/{username}/cadre")
    String link(@PathVariable String username, @RequestParam(required = false) Long cadreId, Authentication user,
                Locale locale, Model model, RedirectAttributes redirect) {
        Outcome outcome = accounts.link(users.scopeOf(user), Role.administers(user), username, cadreId);
        if (outcome.accepted()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/users/" + username + "/cadre";
        }
        model.addAttribute("errors", reasons.of(outcome.reasons(), locale));
        return page(username, user, model);
    }
}
