package org.fupin.access.web;

import java.util.List;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.UserDirectory;
import org.fupin.access.Users;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Users of the administrator's region (issue #19): list and search, create with a one-time password, and per user
 * disable or enable, unlock and reset the password. */
@Controller
record UserPages(UserDirectory directory, RegionDirectory regions, Users users, MessageSource messages) {

    /** A new user as the form posts it. */
    record NewUser(String username, String realName, Role role, String region, String unit) {}

    @GetMapping("/users")
    String list(@RequestParam(required = false) String q, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("accounts", directory.list(scope, q));
        model.addAttribute("roles", assignable(user));
        model.addAttribute("regions", regions.roots(scope).stream()
                .flatMap(r -> regions.subtree(scope, r.code()).stream()).toList());
        model.addAttribute("names", names(scope));
        if (!model.containsAttribute("form")) model.addAttribute("form", new NewUser("", "", Role.VILLAGE_CADRE, "", ""));
        return "access/users";
    }

    @PostMapping("/users")
    String create(NewUser form, Authentication user, Locale locale, Model model) {
        UserDirectory.Outcome outcome = directory.create(users.scopeOf(user), isSystemAdmin(user), form.username(),
                form.realName(), form.role(), form.region(), form.unit(), user.getName());
        if (outcome.done()) {
            model.addAttribute("created", form.username());
            model.addAttribute("oneTimePassword", outcome.oneTimePassword());
        } else {
            model.addAttribute("errors", outcome.problems().stream()
                    .map(p -> messages.getMessage("user." + p, null, p, locale)).toList());
            model.addAttribute("form", form);
        }
        return list(null, user, model);
    }

    @PostMapping("/users/{username}/{action:reset|disable|enable|unlock}")
    String act(@PathVariable String username, @PathVariable String action, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        switch (action) {
            case "reset" -> {
                model.addAttribute("reset", username);
                model.addAttribute("oneTimePassword", directory.resetPassword(scope, username, user.getName()).oneTimePassword());
                return list(null, user, model);
            }
            case "disable" -> directory.setEnabled(scope, username, false, user.getName());
            case "enable" -> directory.setEnabled(scope, username, true, user.getName());
            default -> directory.unlock(scope, username, user.getName());
        }
        return "redirect:/users?q=" + username;
    }

    private java.util.Map<String, String> names(RegionScope scope) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        regions.roots(scope).forEach(r -> regions.subtree(scope, r.code()).forEach(s -> names.put(s.code(), s.name())));
        return names;
    }

    static List<Role> assignable(Authentication user) {
        return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN || isSystemAdmin(user)).toList();
    }

    static boolean isSystemAdmin(Authentication user) {
        return Role.anyHeldBy(user, Role.SYSTEM_ADMIN);
    }
}
