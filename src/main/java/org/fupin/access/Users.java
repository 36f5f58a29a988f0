package org.fupin.access;

import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users and the region scope each one may see (an empty scope code is the whole country). */
@Service
public record Users(JdbcClient jdbc, LoginAttempts attempts) implements UserDetailsService {

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                select username, password_hash, scope_code, role, enabled from app_user where username = :username
                """).param("username", username)
                .query((rs, n) -> (UserDetails) new FupinUser(rs.getString(1), rs.getString(2), rs.getBoolean(5),
                        !attempts.isLocked(rs.getString(1)), rs.getString(4), rs.getString(3)))
                .optional().orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The scope of the logged-in user; a user without a row sees nothing. */
    public RegionScope scopeOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof FupinUser user) {
            return new RegionScope(user.scopeCode());
        }
        return new RegionScope(org.fupin.system.DatabaseScope.NOTHING);
    }

    boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = :username)")
                .param("username", username).query(Boolean.class).single();
    }

    void create(String username, String passwordHash, Role role, String scopeCode) {
        jdbc.sql("""
                insert into app_user (username, password_hash, role, scope_code) values (:username, :hash, :role, :scope)
                """).param("username", username).param("hash", passwordHash).param("role", role.name())
                .param("scope", scopeCode).update();
    }

    boolean disable(String username) {
        return jdbc.sql("update app_user set enabled = false where username = :username")
                .param("username", username).update() == 1;
    }
}
