package org.fupin.access.web;

import org.fupin.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the menu offers the logged-in user: users for administrators, the audit log for auditors and system administrators. */
@ControllerAdvice(annotations = Controller.class)
class NavigationModel {

    @ModelAttribute("navUsers")
    boolean navUsers(Authentication user) {
        return Role.administers(user);
    }

    @ModelAttribute("navAudit")
    boolean navAudit(Authentication user) {
        return Role.anyHeldBy(user, Role.SYSTEM_ADMIN, Role.AUDITOR);
    }

    /** Project assets (issue #25): officers and cadres who keep the ledger, and auditors; not work-team members. */
    @ModelAttribute("navAssets")
    boolean navAssets(Authentication user) {
        return Role.anyHeldBy(user, Role.ASSET_READERS);
    }

    /** The cadre's own work (issue #20): village cadres and work-team members. */
    @ModelAttribute("navField")
    boolean navField(Authentication user) {
        return Role.anyHeldBy(user, Role.VILLAGE_CADRE, Role.WORK_TEAM_MEMBER);
    }

    @ModelAttribute("navAccount")
    boolean navAccount(Authentication user) {
        return user != null && user.isAuthenticated() && !"anonymousUser".equals(user.getName());
    }
}
