package org.fupin.access;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fupin.audit.AuditLog;
import org.fupin.region.RegionScope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Users administered in the browser (issue #19) by system and county administrators, within their own region:
 * list, create with a one-time password, describe, disable and enable, unlock, reset the password; and every user
 * changes their own. Every change is audited. Pages and REST call these methods; the CLI keeps
 * {@link UserAdministration}.
 */
@Service
public record UserDirectory(Users users, UserAdministration administration, LoginAttempts attempts,
                            PasswordEncoder encoder, AuditLog audit, Transactions transactions) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A created account or reset password: the one-time password, shown once; or why not. */
    public record Outcome(List<String> problems, String oneTimePassword) {
        public boolean done() { return problems.isEmpty(); }
    }

    public List<Users.Account> list(RegionScope scope, String query) {
        return transactions.read(() -> {
            return users.accounts(scope, query);
        });
    }

    public Optional<Users.Account> find(RegionScope scope, String username) {
        return transactions.read(() -> {
            return users.account(username).filter(a -> manages(scope, a));
        });
    }

    /**
     * Creates an account inside the administrator's region with a one-time password the user must change at the
     * first login. A county administrator creates no system administrator.
     */
    public Outcome create(RegionScope scope, boolean systemAdmin, String username, String realName, Role role,
                          String regionCode, String unit, String actor) {
        return transactions.write(() -> {
            List<String> problems = new ArrayList<>();
            if (role == null) problems.add("ROLE_REQUIRED");
            else if (role == Role.SYSTEM_ADMIN && !systemAdmin) problems.add("ROLE_NOT_ALLOWED");
            if (realName == null || realName.isBlank()) problems.add("REAL_NAME_REQUIRED");
            if (!scope.prefix().isEmpty() && (regionCode == null || !scope.permits(regionCode))) problems.add("REGION_OUTSIDE_SCOPE");
            if (!problems.isEmpty()) return new Outcome(problems, null);
            String password = oneTimePassword();
            problems.addAll(administration.add(username, role, regionCode, password));
            if (!problems.isEmpty()) return new Outcome(problems, null);
            users.describe(username, realName.strip(), unit == null ? "" : unit.strip());
            users.setPassword(username, encoder.encode(password), true);
            audit.record(actor, "USER_CREATE", username, role + " " + regionCode + " " + realName.strip());
            return new Outcome(List.of(), password);
        });
    }

    /** One account of a bulk file: its row as the spreadsheet numbers it, and the fields of {@link #create}. */
    public record NewAccount(int row, String username, String realName, Role role, String regionCode, String unit) {}

    /** A created account with its one-time password, shown once. */
    public record Created(String username, String realName, Role role, String regionCode, String oneTimePassword) {}

    /** The problems of one row (codes {@code user.<CODE>}). */
    public record RowProblems(int row, String username, List<String> problems) {}

    /** Every account of the file created, or none and the problems of each row that has any. */
    public record Bulk(List<RowProblems> problems, List<Created> created) {
        public boolean done() { return problems.isEmpty(); }
    }

    /**
     * Creates many accounts at once (a county's cadres from a spreadsheet), all or none: each row is checked as
     * {@link #create} checks one, and one row with a problem creates nothing (issue #19).
     */
    public Bulk createMany(RegionScope scope, boolean systemAdmin, List<NewAccount> accounts, String actor) {
        return transactions.write(status -> {
            List<RowProblems> problems = new ArrayList<>();
            List<Created> created = new ArrayList<>();
            for (NewAccount a : accounts) {
                Outcome o = create(scope, systemAdmin, a.username(), a.realName(), a.role(), a.regionCode(), a.unit(),
                        actor);
                if (o.done()) created.add(new Created(a.username(), a.realName(), a.role(), a.regionCode(), o.oneTimePassword()));
                else problems.add(new RowProblems(a.row(), a.username(), o.problems()));
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return new Bulk(problems, List.of());
            }
            audit.record(actor, "USER_CREATE_BULK", String.valueOf(created.size()), "");
            return new Bulk(List.of(), created);
        });
    }

    public Outcome resetPassword(RegionScope scope, String username, String actor) {
        return transactions.write(() -> {
            Users.Account account = require(scope, username);
            String password = oneTimePassword();
            users.setPassword(account.username(), encoder.encode(password), true);
            attempts.unlock(account.username());
            audit.record(actor, "USER_PASSWORD_RESET", account.username(), "");
            return new Outcome(List.of(), password);
        });
    }

    public void setEnabled(RegionScope scope, String username, boolean enabled, String actor) {
        transactions.run(() -> {
            Users.Account account = require(scope, username);
            if (account.username().equals(actor)) return;
            users.enable(account.username(), enabled);
            audit.record(actor, enabled ? "USER_ENABLE" : "USER_DISABLE", account.username(), "");
        });
    }

    public void unlock(RegionScope scope, String username, String actor) {
        transactions.run(() -> {
            attempts.unlock(require(scope, username).username());
            audit.record(actor, "USER_UNLOCK", username, "");
        });
    }

    /** Changes one's own password: the current one must be given; the new one follows the password rules. */
    public List<String> changeOwnPassword(String username, String current, String next) {
        return transactions.write(() -> {
            if (current == null || !encoder.matches(current, users.passwordHash(username))) return List.of("PASSWORD_WRONG");
            List<String> problems = new ArrayList<>(UserAdministration.passwordProblems(next, username));
            if (next != null && next.equals(current) && !problems.contains("PASSWORD_WEAK")) problems.add("PASSWORD_WEAK");
            if (!problems.isEmpty()) return problems;
            users.setPassword(username, encoder.encode(next), false);
            audit.record(username, "USER_PASSWORD_CHANGE", username, "");
            return List.of();
        });
    }

    public boolean mustChangePassword(String username) {
        return transactions.read(() -> {
            return users.mustChangePassword(username);
        });
    }

    private Users.Account require(RegionScope scope, String username) {
        return find(scope, username).orElseThrow(() -> new RegionScope.OutOfScopeException("user " + username));
    }

    /** An administrator manages the users of their region; one of the whole country manages everyone. */
    static boolean manages(RegionScope scope, Users.Account account) {
        // an administrator below the whole country never manages a system administrator, even one bound to their region
        return scope.prefix().isEmpty() || account.role() != Role.SYSTEM_ADMIN && !account.scopeCode().isEmpty()
                && account.scopeCode().startsWith(scope.prefix());
    }

    private static String oneTimePassword() {
        StringBuilder out = new StringBuilder();
        while (out.length() < 12 || !UserAdministration.passwordProblems(out.toString()).isEmpty()) {
            if (out.length() >= 12) out.setLength(0);
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
