package org.fupin.access.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the menu offers the logged-in user: users for administrators, the audit log for auditors and system administrators. */
@ControllerAdvice(annotations = Controller.class)
class NavigationModel {

    @ModelAttribute("navUsers")
    boolean navUsers(Authentication user) {
        return has(user, "ROLE_SYSTEM_ADMIN", "ROLE_COUNTY_ADMIN");
    }

    @ModelAttribute("navAudit")
    boolean navAudit(Authentication user) {
        return has(user, "ROLE_SYSTEM_ADMIN", "ROLE_AUDITOR");
    }

    @ModelAttribute("navAccount")
    boolean navAccount(Authentication user) {
        return user != null && user.isAuthenticated() && !"anonymousUser".equals(user.getName());
    }

    private static boolean has(Authentication user, String... roles) {
        if (user == null) return false;
        for (String role : roles) {
            if (user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role))) return true;
        }
        return false;
    }
}
