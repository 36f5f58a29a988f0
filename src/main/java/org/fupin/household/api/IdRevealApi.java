package org.fupin.household.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.fupin.access.Users;
import org.fupin.api.Bodies;
import org.fupin.api.NotFoundException;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.IdReveal;
import org.fupin.region.RegionScope;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * One member's full ID number, given a reason, through {@link IdReveal} as the reveal page: every other read masks
 * it. The household is found in the caller's scope first (404 otherwise); the reveal is audited ({@code REVEAL_ID},
 * who, which person, why) and the answer is never cached. Officers responsible for the people, as the page
 * ({@code SecurityConfig}: not auditors, not work team members).
 */
@Tag(name = "ID numbers", description = "A member's full ID number, shown to an officer who gives a reason; audited")
@RestController
record IdRevealApi(IdReveal reveal, HouseholdRegistry households, Users users) {

    @Schema(name = "IdRevealBody", description = "Why the full ID number is needed")
    record RevealBody(@NotBlank @Pattern(regexp = "(?s)\\s*\\S.{" + (IdReveal.MIN_REASON_LENGTH - 2) + ",}\\S\\s*",
            message = "at least " + IdReveal.MIN_REASON_LENGTH + " characters")
                      @Schema(description = "The reason, at least " + IdReveal.MIN_REASON_LENGTH + " characters; kept "
                              + "in the audit trail") String reason) {}

    @Schema(name = "RevealedIdNumber", description = "A member's full ID number")
    record Revealed(int position, String idNumber) {}

    @Operation(summary = "Reveal a member's ID number", description = "The full ID number of the member at the position "
            + "(from 1, as the registry read lists them), given a reason of at least " + IdReveal.MIN_REASON_LENGTH
            + " characters; 404 for a household outside the caller's region or no member at the position. Audited "
            + "with the reason; answered with Cache-Control: no-store.")
    @PostMapping("/api/v1/households/{id}/members/{position}/id-number")
    ResponseEntity<Revealed> reveal(@PathVariable long id,
                                    @Parameter(description = "The member's position in the household, from 1")
                                    @PathVariable int position, @RequestBody RevealBody body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        households.household(scope, id).orElseThrow(() -> new NotFoundException("household " + id));
        String reason = Bodies.valid(body).reason();
        String number = reveal.reveal(scope, id, position, reason)
                .orElseThrow(() -> new NotFoundException("member " + position + " of household " + id));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Revealed(position, number));
    }
}
