package org.fupin.access;

import java.util.List;
import org.fupin.system.ScopedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in user with the region prefix the database restricts them to. */
class FupinUser extends User implements ScopedPrincipal {

    private final String scopeCode;

    FupinUser(String username, String passwordHash, boolean enabled, boolean notLocked, String role, String scopeCode) {
        super(username, passwordHash, enabled, true, true, notLocked, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.scopeCode = scopeCode;
    }

    @Override
    public String scopeCode() { return scopeCode; }
}
