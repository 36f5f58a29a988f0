package org.fupin.access.web;

import java.util.List;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.RoleChanges;
import org.fupin.access.UserDirectory;
import org.fupin.access.Users;
import org.fupin.region.Region;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The role and region of one account (issue #15), reached from the users list: the role and the region picked by
 * name, changed through {@link RoleChanges} as the REST route and the console command. Administrators only.
 */
@Controller
record UserRolePages(UserDirectory directory, RoleChanges changes, RegionDirectory regions, Users users,
                     MessageSource messages) {

    @GetMapping("/users/{username}/role")
    String page(@PathVariable String username, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Users.Account account = directory.find(scope, username)
                .orElseThrow(() -> new RegionScope.OutOfScopeException("user " + username));
        String region = regionCode(account.scopeCode());
        model.addAttribute("account", account);
        model.addAttribute("region", region);
        model.addAttribute("regionName", region.isEmpty() ? null
                : regions.find(RegionScope.ALL, region).map(Region::name).orElse(null));
        model.addAttribute("roles", UserPages.assignable(user));
        model.addAttribute("wholeCountry", scope.prefix().isEmpty());
        return "access/user-role";
    }

    @PostMapping("/users/{username}/role")
    String change(@PathVariable String username, @RequestParam(required = false) Role role,
                  @RequestParam(defaultValue = "") String region, Authentication user, Locale locale, Model model,
                  RedirectAttributes redirect) {
        List<String> problems = changes.change(RoleChanges.Administrator.of(user, users), username, role, region);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/users/" + username + "/role";
        }
        model.addAttribute("errors", problems.stream().map(p -> messages.getMessage("user." + p, null, p, locale)).toList());
        return page(username, user, model);
    }

    /** The 12-digit code of an account's scope prefix ('' for the whole country). */
    static String regionCode(String scopeCode) {
        return scopeCode.isEmpty() ? "" : scopeCode + "000000000000".substring(scopeCode.length());
    }
}
