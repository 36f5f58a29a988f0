package org.fupin.access.web;

import java.util.List;
import java.util.Locale;
import org.fupin.access.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every user's own account: change the password (required after a one-time password). */
@Controller
record AccountPages(UserDirectory directory, MessageSource messages) {

    @GetMapping("/account")
    String account(Authentication user, Model model) {
        model.addAttribute("mustChange", directory.mustChangePassword(user.getName()));
        return "access/account";
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
