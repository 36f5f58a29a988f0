package org.fupin.access.web;

import java.util.List;
import java.util.Locale;
import java.time.LocalDateTime;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserDirectory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every user's own account: change the password (required after a one-time password) and keep API tokens. */
@Controller
record AccountPages(UserDirectory directory, ApiTokens tokens, MessageSource messages) {

    @GetMapping("/account")
    String account(Authentication user, Model model) {
        model.addAttribute("mustChange", directory.mustChangePassword(user.getName()));
        model.addAttribute("tokens", tokens.of(user.getName()));
        model.addAttribute("now", LocalDateTime.now());
        return "access/account";
    }

    /** A personal access token for the REST API; its secret is shown once, on the next page. */
    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int days,
                       Authentication user, RedirectAttributes flash) {
        if (name.isBlank() || days < 0 || days > 3650) {
            flash.addFlashAttribute("tokenError", true);
            return "redirect:/account#tokens";
        }
        flash.addFlashAttribute("secret", tokens.create(user.getName(), name, days, user.getName()).secret());
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, Authentication user) {
        tokens.find(id).filter(t -> t.username().equals(user.getName())).ifPresent(t -> tokens.revoke(id, user.getName()));
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String next,
                  @RequestParam(defaultValue = "") String repeat, Authentication user, Locale locale, Model model) {
        List<String> problems = next.equals(repeat) ? directory.changeOwnPassword(user.getName(), current, next)
                : List.of("PASSWORD_REPEAT");
        if (problems.isEmpty()) return "redirect:/account?changed";
        model.addAttribute("errors", problems.stream().map(p -> messages.getMessage("user." + p, null, p, locale)).toList());
        return account(user, model);
    }
}
