package org.fupin.access;

/**
 * What a user does (issue #6). Each user is also bound to a region: the role says which actions, the region
 * which rows. Names of roles in Chinese are in the message bundle ({@code role.<NAME>}).
 */
public enum Role {
    SYSTEM_ADMIN, COUNTY_ADMIN, TOWNSHIP_OFFICER, VILLAGE_CADRE, WORK_TEAM_MEMBER, AUDITOR;

    /** Who sees the project-asset ledger (issue #25): officers, cadres and auditors, not work-team members. */
    public static final Role[] ASSET_READERS = {SYSTEM_ADMIN, COUNTY_ADMIN, TOWNSHIP_OFFICER, VILLAGE_CADRE, AUDITOR};
    /** Who changes it: the same without the read-only auditor. */
    public static final Role[] ASSET_EDITORS = {SYSTEM_ADMIN, COUNTY_ADMIN, TOWNSHIP_OFFICER, VILLAGE_CADRE};

    /** True when the logged-in user holds one of the roles (the one place pages and routes ask this). */
    public static boolean anyHeldBy(org.springframework.security.core.Authentication user, Role... roles) {
        if (user == null) return false;
        for (Role role : roles) {
            String authority = "ROLE_" + role.name();
            if (user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority))) return true;
        }
        return false;
    }

    /** County and system administrators: who configures a county and administers its users. */
    public static boolean administers(org.springframework.security.core.Authentication user) {
        return anyHeldBy(user, SYSTEM_ADMIN, COUNTY_ADMIN);
    }
}
