package org.fupin.comparison;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acts: the logged-in user, or the console operator outside web requests (like the audit log names them). */
final class Actor {

    private Actor() {}

    static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) return authentication.getName();
        return "console:" + System.getProperty("user.name", "?");
    }
}
