package org.fupin.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.fupin.access.Role;
import org.fupin.access.RoleChanges;
import org.fupin.access.UserDirectory;
import org.fupin.access.Users;
import org.fupin.api.NotFoundException;
import org.fupin.api.RuleRefused;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The users desk over REST (issues #15, #19, #27): the accounts of the administrator's region listed, created one by
 * one or all-or-none in bulk with one-time passwords, disabled, enabled, unlocked and given a new one-time password,
 * through {@link UserDirectory} as the users pages, with the same scope and audit. Administrators only.
 */
@Tag(name = "Users", description = "Accounts of the administrator's region: list, create (one or many, all or none), "
        + "change the role and region, disable, enable, unlock, reset the password; for county and system administrators")
@RestController
@RequestMapping("/api/v1/users")
record UserApi(UserDirectory directory, RoleChanges roles, Users users, MessageSource messages) {

    @Schema(description = "A new account inside the administrator's region; a county administrator creates no "
            + "system administrator")
    record NewUser(@NotBlank @Size(max = 64) String username, @NotBlank String realName, @NotNull Role role,
                   @NotBlank @Schema(description = "Code of the region the account works in") String region,
                   @Schema(description = "The unit the person works for") String unit) {}

    @Schema(description = "Many new accounts: all are created, or none when any has a problem")
    record NewUsers(@NotEmpty @Size(max = 1000) List<@Valid @NotNull NewUser> accounts) {}

    @Schema(description = "An account's one-time password, shown once; the user must change it at the first login")
    record OneTimePassword(String username, String oneTimePassword) {}

    @Schema(description = "The accounts created, each with its one-time password, shown once")
    record CreatedUsers(List<UserDirectory.Created> created) {}

    @Operation(summary = "Accounts of the region", description = "The accounts whose region lies in the "
            + "administrator's, by region and name; q searches user name and real name.")
    @GetMapping
    List<Users.Account> list(@RequestParam(required = false) String q, Authentication user) {
        return directory.list(users.scopeOf(user), q);
    }

    @Operation(summary = "One account", description = "An account of the administrator's region; 404 outside it.")
    @GetMapping("/{username}")
    Users.Account account(@PathVariable String username, Authentication user) {
        return directory.find(users.scopeOf(user), username).orElseThrow(() -> new NotFoundException("user " + username));
    }

    @Operation(summary = "Create an account", description = "Creates an account in the administrator's region with a "
            + "one-time password, answered once; 409 with every problem (name taken, region outside the scope, role not "
            + "allowed, ...). Audited.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OneTimePassword create(@Valid @RequestBody NewUser body, Authentication user, Locale locale) {
        UserDirectory.Outcome outcome = directory.create(users.scopeOf(user), isSystemAdmin(user), body.username(),
                body.realName(), body.role(), body.region(), body.unit(), user.getName());
        if (!outcome.done()) {
            throw new RuleRefused(outcome.problems().get(0), outcome.problems().stream().map(p -> sentence(p, locale)).toList());
        }
        return new OneTimePassword(body.username(), outcome.oneTimePassword());
    }

    @Operation(summary = "Create many accounts", description = "Creates every account of the list, each checked as one "
            + "created alone, or none: 409 naming each account (its position from 1) and its problems. Audited.")
    @PostMapping("/bulk")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUsers createMany(@Valid @RequestBody NewUsers body, Authentication user, Locale locale) {
        List<UserDirectory.NewAccount> accounts = IntStream.range(0, body.accounts().size()).mapToObj(i -> {
            NewUser a = body.accounts().get(i);
            return new UserDirectory.NewAccount(i + 1, a.username(), a.realName(), a.role(), a.region(), a.unit());
        }).toList();
        UserDirectory.Bulk bulk = directory.createMany(users.scopeOf(user), isSystemAdmin(user), accounts, user.getName());
        if (!bulk.done()) {
            throw new RuleRefused(bulk.problems().get(0).problems().get(0), bulk.problems().stream()
                    .flatMap(r -> r.problems().stream().map(p -> r.row() + " " + r.username() + ": " + sentence(p, locale)))
                    .toList());
        }
        return new CreatedUsers(bulk.created());
    }

    @Schema(description = "An account's new role and region")
    record RoleBody(@NotNull @Schema(example = "TOWNSHIP_OFFICER") Role role,
                    @Schema(description = "Code of the region the account works in, inside the administrator's; absent "
                            + "only for a system administrator or auditor of the whole country", example = "620721101000")
                    String region) {}

    @Operation(summary = "Change an account's role and region", description = "Gives the account another role and "
            + "region inside the administrator's, as the user's role page: 409 with every problem (one's own account "
            + "OWN_ROLE, the last enabled system administrator LAST_SYSTEM_ADMIN, a region outside the scope, a region "
            + "of another level, a system administrator made by a county administrator). The account's sessions and "
            + "tokens act with the new role and region from their next request. Audited with the old and new value.")
    @PutMapping("/{username}/role")
    Users.Account changeRole(@Parameter(description = "The account's user name") @PathVariable String username,
                             @Valid @RequestBody RoleBody body, Authentication user, Locale locale) {
        List<String> problems = roles.change(RoleChanges.Administrator.of(user, users), username, body.role(),
                body.region());
        if (!problems.isEmpty()) {
            throw new RuleRefused(problems.get(0), problems.stream().map(p -> sentence(p, locale)).toList());
        }
        return account(username, user);
    }

    @Operation(summary = "Disable an account", description = "The account can no longer log in or use its tokens; "
            + "one's own account is left as it is. Audited.")
    @PostMapping("/{username}/disable")
    Users.Account disable(@PathVariable String username, Authentication user) {
        directory.setEnabled(users.scopeOf(user), username, false, user.getName());
        return account(username, user);
    }

    @Operation(summary = "Enable an account", description = "The account can log in again. Audited.")
    @PostMapping("/{username}/enable")
    Users.Account enable(@PathVariable String username, Authentication user) {
        directory.setEnabled(users.scopeOf(user), username, true, user.getName());
        return account(username, user);
    }

    @Operation(summary = "Unlock an account", description = "Clears the failed logins that locked the account. Audited.")
    @PostMapping("/{username}/unlock")
    Users.Account unlock(@PathVariable String username, Authentication user) {
        directory.unlock(users.scopeOf(user), username, user.getName());
        return account(username, user);
    }

    @Operation(summary = "Reset an account's password", description = "Gives the account a new one-time password, "
            + "answered once, and unlocks it; the user must change it at the next login. Audited.")
    @PostMapping("/{username}/password-reset")
    OneTimePassword reset(@Parameter(description = "The account's user name") @PathVariable String username,
                          Authentication user) {
        return new OneTimePassword(username,
                directory.resetPassword(users.scopeOf(user), username, user.getName()).oneTimePassword());
    }

    private String sentence(String problem, Locale locale) {
        return messages.getMessage("user." + problem, null, problem, locale);
    }

    private static boolean isSystemAdmin(Authentication user) {
        return Role.anyHeldBy(user, Role.SYSTEM_ADMIN);
    }
}
