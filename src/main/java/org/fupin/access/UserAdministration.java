package org.fupin.access;

import java.util.ArrayList;
import java.util.List;
import org.fupin.audit.AuditLog;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Creates and disables accounts. Each account has one role and one region; the region's code prefix is the
 * account's scope (a system administrator or auditor may be bound to the whole country with an empty region).
 * Returns reasons (message codes), never a bare boolean.
 */
@Service
public record UserAdministration(Users users, RegionDirectory regions, PasswordEncoder encoder, AuditLog audit,
                                 Transactions transactions) {

    static final int MIN_PASSWORD_LENGTH = 10;

    /** Creates the account, or returns why not (codes {@code user.<CODE>} in the message bundle). */
    public List<String> add(String username, Role role, String regionCode, String password) {
        return transactions.write(() -> {
            List<String> problems = new ArrayList<>();
            if (username == null || !username.matches("[A-Za-z0-9._-]{2,40}")) problems.add("USERNAME_FORMAT");
            else if (users.exists(username)) problems.add("USERNAME_TAKEN");
            problems.addAll(passwordProblems(password, username));
            String scope = regionScope(role, regionCode, problems);
            if (problems.isEmpty()) {
                users.create(username, encoder.encode(password), role, scope);
                audit.record("USER_ADD", username, role.name() + " " + (scope.isEmpty() ? "*" : scope));
            }
            return problems;
        });
    }

    /**
     * The scope prefix an account of {@code role} bound to {@code regionCode} gets ('' = the whole country), adding
     * to {@code problems} why the region does not fit: unknown, required for the role, or (when nothing else is wrong)
     * of another level.
     */
    String regionScope(Role role, String regionCode, List<String> problems) {
        String scope = "";
        if (regionCode != null && !regionCode.isBlank()) {
            RegionCode.Parsed code = RegionCode.parse(regionCode);
            if (!code.isValid() || regions.find(RegionScope.ALL, code.code().value()).isEmpty()) problems.add("REGION_UNKNOWN");
            else scope = code.code().prefix();
        } else if (role != Role.SYSTEM_ADMIN && role != Role.AUDITOR) {
            problems.add("REGION_REQUIRED");
        }
        if (problems.isEmpty() && !levelFits(role, regionCode)) problems.add("REGION_LEVEL");
        return scope;
    }

    public boolean disable(String username) {
        return transactions.write(() -> {
            boolean disabled = users.disable(username);
            if (disabled) audit.record("USER_DISABLE", username, "");
            return disabled;
        });
    }

    static List<String> passwordProblems(String password) {
        return passwordProblems(password, null);
    }

    /**
     * At least 10 characters with letters and digits (issue #23): not five or fewer different characters
     * ({@code aaaaaaaaa1}), not built from the login name ({@code wangwang12}), not a well-known password.
     */
    static List<String> passwordProblems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) problems.add("PASSWORD_TOO_SHORT");
        else if (!password.matches(".*[A-Za-z].*") || !password.matches(".*\\d.*")) problems.add("PASSWORD_TOO_SIMPLE");
        else if (password.chars().distinct().count() <= 5 || CommonPasswords.contains(password)) problems.add("PASSWORD_WEAK");
        else if (username != null && username.length() >= 3
                && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            problems.add("PASSWORD_WEAK");
        }
        return problems;
    }

    /** A village cadre is bound to a village, a township officer to a township, a county administrator to a county. */
    private static boolean levelFits(Role role, String regionCode) {
        if (regionCode == null || regionCode.isBlank()) return true;
        RegionLevel level = RegionCode.parse(regionCode).code().level();
        return switch (role) {
            case VILLAGE_CADRE -> level == RegionLevel.VILLAGE;
            case TOWNSHIP_OFFICER -> level == RegionLevel.TOWNSHIP;
            case COUNTY_ADMIN -> level == RegionLevel.COUNTY;
            case WORK_TEAM_MEMBER -> level == RegionLevel.VILLAGE || level == RegionLevel.TOWNSHIP;
            default -> true;
        };
    }
}
