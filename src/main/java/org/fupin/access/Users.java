package org.fupin.access;

import java.util.Optional;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users and the region scope each one may see (an empty scope code is the whole country). */
@Service
public class Users implements UserDetailsService {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash from app_user where username = :username")
                .param("username", username)
                .query((rs, n) -> User.withUsername(rs.getString(1)).password(rs.getString(2)).roles("USER").build())
                .optional().orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The scope of the logged-in user; a user without a row sees nothing. */
    public RegionScope scopeOf(Authentication authentication) {
        Optional<String> scope = jdbc.sql("select scope_code from app_user where username = :username")
                .param("username", authentication.getName()).query(String.class).optional();
        return scope.map(RegionScope::new).orElse(new RegionScope("-"));
    }

    boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = :username)")
                .param("username", username).query(Boolean.class).single();
    }

    void create(String username, String passwordHash, String scopeCode) {
        jdbc.sql("insert into app_user (username, password_hash, scope_code) values (:username, :hash, :scope)")
                .param("username", username).param("hash", passwordHash).param("scope", scopeCode).update();
    }
}
