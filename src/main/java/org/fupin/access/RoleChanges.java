package org.fupin.access;

import java.util.ArrayList;
import java.util.List;
import org.fupin.audit.AuditLog;
import org.fupin.region.RegionScope;
import org.fupin.system.Transactions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Gives an account another role or region (issue #15), the one method the users page, the REST route and the
 * {@code user role} command call. Only county and system administrators change roles, of accounts they manage
 * (others are not found), to a region inside their own; never their own account; a county administrator makes no
 * system administrator; the last enabled system administrator keeps the role. The account's open sessions act with
 * the new role and region from their next request ({@link SessionAuthorities}); its tokens load it on every call.
 * Audited with the old and the new value.
 */
@Service
public record RoleChanges(Users users, UserAdministration administration, AuditLog audit, Transactions transactions) {

    /** Who changes a role: their user name, region and role. */
    public record Administrator(String username, RegionScope scope, Role role) {

        /** The server's operator on the console: the whole country, as a system administrator. */
        public static Administrator console() {
            return new Administrator("console", RegionScope.ALL, Role.SYSTEM_ADMIN);
        }

        /** The logged-in user (or token) with their scope and role. */
        public static Administrator of(Authentication user, Users users) {
            Role role = Role.anyHeldBy(user, Role.SYSTEM_ADMIN) ? Role.SYSTEM_ADMIN
                    : Role.anyHeldBy(user, Role.COUNTY_ADMIN) ? Role.COUNTY_ADMIN : null;
            return new Administrator(user.getName(), users.scopeOf(user), role);
        }

        boolean administers() {
            return role == Role.SYSTEM_ADMIN || role == Role.COUNTY_ADMIN;
        }
    }

    /**
     * Gives the account {@code role} bound to {@code regionCode} ('' only for a system administrator or auditor of
     * the whole country), or answers why not (codes {@code user.<CODE>}); nothing is written then, nor when nothing
     * changes. An account the administrator does not manage is {@link RegionScope.OutOfScopeException}.
     */
    public List<String> change(Administrator admin, String username, Role role, String regionCode) {
        return transactions.write(() -> {
            if (!admin.administers()) return List.of("NOT_ADMINISTRATOR");
            Users.Account account = users.account(username == null ? "" : username)
                    .filter(a -> UserDirectory.manages(admin.scope(), a))
                    .orElseThrow(() -> new RegionScope.OutOfScopeException("user " + username));
            String region = regionCode == null ? "" : regionCode.strip();
            List<String> problems = new ArrayList<>();
            if (account.username().equals(admin.username())) problems.add("OWN_ROLE");
            if (role == null) problems.add("ROLE_REQUIRED");
            else if (role == Role.SYSTEM_ADMIN && admin.role() != Role.SYSTEM_ADMIN) problems.add("ROLE_NOT_ALLOWED");
            if (!admin.scope().prefix().isEmpty() && (region.isEmpty() || !admin.scope().permits(region))) {
                problems.add("REGION_OUTSIDE_SCOPE");
            }
            if (!problems.isEmpty()) return problems;
            String scope = administration.regionScope(role, region, problems);
            if (!problems.isEmpty()) return problems;
            if (account.role() == role && account.scopeCode().equals(scope)) return List.of();
            if (account.role() == Role.SYSTEM_ADMIN && role != Role.SYSTEM_ADMIN && account.enabled()
                    && users.activeSystemAdministrators() <= 1) {
                return List.of("LAST_SYSTEM_ADMIN");
            }
            users.assign(account.username(), role, scope);
            audit.record(admin.username(), "USER_ROLE_CHANGE", account.username(),
                    account.role() + " " + shown(account.scopeCode()) + " -> " + role + " " + shown(scope));
            return List.of();
        });
    }

    private static String shown(String scope) {
        return scope.isEmpty() ? "*" : scope;
    }
}
