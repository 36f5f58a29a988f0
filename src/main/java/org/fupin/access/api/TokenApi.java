package org.fupin.access.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserDirectory;
import org.fupin.access.Role;
import org.fupin.access.Users;
import org.springframework.web.server.ResponseStatusException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.fupin.api.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal access tokens: {@code GET} lists the caller's own (or, for an administrator, a user's of their region),
 * {@code POST} creates one and answers its secret once, {@code DELETE} revokes one.
 */
@Tag(name = "Tokens", description = "Personal access tokens for calling this API")
@RestController
@RequestMapping("/api/v1/tokens")
record TokenApi(ApiTokens tokens, UserDirectory directory, Users users) {

    /** {@code days} 0 or absent: valid until revoked; {@code username} absent: the caller. */
    record TokenBody(@NotBlank String name, @Min(0) @Max(3650) Integer days, String username) {}

    @Operation(summary = "List tokens",
            description = "The caller's tokens, or for an administrator those of a user of their region; the secrets are never shown again.")
    @GetMapping
    List<ApiTokens.Token> list(@RequestParam(required = false) String username, Authentication user) {
        return tokens.of(owner(username, user));
    }

    @Operation(summary = "Create a token",
            description = "Creates a token for the caller (or, for an administrator, a user below them) and answers its secret once. A token makes no tokens.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.Created create(@Valid @RequestBody TokenBody body, Authentication user) {
        // a token makes no tokens: one stolen could otherwise outlive its own revocation
        if (ApiTokens.BY_TOKEN.equals(user.getDetails())) throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        int days = body.days() == null ? 0 : body.days();
        return tokens.create(owner(body.username(), user), body.name(), days, user.getName());
    }

    @Operation(summary = "Revoke a token",
            description = "Revokes a token; calls with it answer 401 from then on (audited).")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Authentication user) {
        ApiTokens.Token token = tokens.find(id).orElseThrow(() -> new NotFoundException("token " + id));
        owner(token.username(), user);
        tokens.revoke(id, user.getName());
    }

    /**
     * The caller themself, or a user the calling administrator manages whose role is below their own (a county
     * administrator makes no token for another administrator); anyone else is "not found".
     */
    private String owner(String username, Authentication user) {
        if (username == null || username.isBlank() || username.equals(user.getName())) return user.getName();
        boolean system = has(user, Role.SYSTEM_ADMIN);
        boolean administrator = system || has(user, Role.COUNTY_ADMIN);
        boolean permitted = administrator && directory.find(users.scopeOf(user), username)
                .filter(target -> target.role() != Role.SYSTEM_ADMIN && (system || target.role() != Role.COUNTY_ADMIN))
                .isPresent();
        if (!permitted) throw new NotFoundException("user " + username);
        return username;
    }

    private static boolean has(Authentication user, Role role) {
        return Role.anyHeldBy(user, role);
    }
}
