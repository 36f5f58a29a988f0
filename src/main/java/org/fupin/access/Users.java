package org.fupin.access;

import java.util.List;

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
                select username, password_hash, scope_code, role, enabled, must_change_password from app_user
                where username = :username
                """).param("username", username)
                .query((rs, n) -> (UserDetails) new FupinUser(rs.getString(1), rs.getString(2), rs.getBoolean(5),
                        !attempts.isLocked(rs.getString(1)), rs.getString(4), rs.getString(3), rs.getBoolean(6)))
                .optional().orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The scope of the logged-in user; a user without a row sees nothing. */
    public RegionScope scopeOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof FupinUser user) {
            return new RegionScope(user.scopeCode());
        }
        return new RegionScope(org.fupin.system.DatabaseScope.NOTHING);
    }

    /** The real name the administrator recorded for the logged-in user ("" when none). */
    public String realName(Authentication authentication) {
        if (authentication == null) return "";
        return jdbc.sql("select real_name from app_user where username = :username")
                .param("username", authentication.getName()).query(String.class).optional().orElse("");
    }

    /** Logged in with a one-time password (read at login; the database says whether it has been changed since). */
    public boolean loggedInWithOneTimePassword(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof FupinUser user && user.mustChangePassword();
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

    /** A user as the users page lists them. */
    public record Account(String username, String realName, Role role, String scopeCode, String unit, boolean enabled,
                          boolean mustChangePassword, boolean locked, java.time.LocalDateTime createdAt) {}

    /** The users whose region lies inside the scope (all users for the whole country), by region and name. */
    List<Account> accounts(RegionScope scope, String query) {
        String q = query == null ? "" : query.strip();
        return jdbc.sql(ACCOUNTS + """
                where (scope_code like :prefix || '%' and (scope_code <> '' or :prefix = ''))
                  and (:q = '' or username ilike '%' || :q || '%' or real_name ilike '%' || :q || '%')
                order by scope_code, role, username
                """).param("prefix", scope.prefix()).param("q", q).query((rs, n) -> toAccount(rs)).list();
    }

    private static final String ACCOUNTS = """
            select username, real_name, role, scope_code, unit, enabled, must_change_password, created_at from app_user
            """;

    private Account toAccount(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), attempts.isLockedAnywhere(rs.getString(1)),
                rs.getTimestamp(8).toLocalDateTime());
    }

    java.util.Optional<Account> account(String username) {
        return jdbc.sql(ACCOUNTS + "where username = :username").param("username", username).query((rs, n) -> toAccount(rs))
                .optional();
    }

    void describe(String username, String realName, String unit) {
        jdbc.sql("update app_user set real_name = :name, unit = :unit where username = :username")
                .param("name", realName).param("unit", unit).param("username", username).update();
    }

    void setPassword(String username, String hash, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = :hash, must_change_password = :must where username = :username")
                .param("hash", hash).param("must", mustChange).param("username", username).update();
    }

    void enable(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled where username = :username")
                .param("enabled", enabled).param("username", username).update();
    }

    /** Gives the account another role and region scope. */
    void assign(String username, Role role, String scopeCode) {
        jdbc.sql("update app_user set role = :role, scope_code = :scope where username = :username")
                .param("role", role.name()).param("scope", scopeCode).param("username", username).update();
    }

    /** The enabled system administrators, locked until the transaction ends (two demotions cannot pass each other). */
    int activeSystemAdministrators() {
        return jdbc.sql("""
                select username from app_user where role = 'SYSTEM_ADMIN' and enabled for update
                """).query(String.class).list().size();
    }

    /** The role and scope the database holds now for a user, if any (compared with a session's, per request). */
    /** The role and region of an enabled account as {@code ROLE|scope}; empty when it is disabled or gone. */
    java.util.Optional<String> grant(String username) {
        return jdbc.sql("select role || '|' || scope_code from app_user where username = :username and enabled")
                .param("username", username).query(String.class).optional();
    }

    String passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :username").param("username", username)
                .query(String.class).single();
    }

    boolean mustChangePassword(String username) {
        return jdbc.sql("select must_change_password from app_user where username = :username")
                .param("username", username).query(Boolean.class).optional().orElse(false);
    }
}
