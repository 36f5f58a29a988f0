package org.fupin.access;

import java.util.List;
import org.fupin.system.ScopedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in user with the region prefix the database restricts them to. */
class FupinUser extends User implements ScopedPrincipal {

    private final String scopeCode;
    private final boolean mustChangePassword;

    FupinUser(String username, String passwordHash, boolean enabled, boolean notLocked, String role, String scopeCode,
              boolean mustChangePassword) {
        super(username, passwordHash, enabled, true, true, notLocked, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.scopeCode = scopeCode;
        this.mustChangePassword = mustChangePassword;
    }

    /** Logged in with a one-time password: every page leads to the password change until it is done. */
    boolean mustChangePassword() { return mustChangePassword; }

    @Override
    public String scopeCode() { return scopeCode; }
}
