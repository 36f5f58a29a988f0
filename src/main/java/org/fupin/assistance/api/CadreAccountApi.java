package org.fupin.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.fupin.access.Role;
import org.fupin.access.Users;
import org.fupin.api.NotFoundException;
import org.fupin.api.RuleRefused;
import org.fupin.assistance.CadreAccounts;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.ReasonMessages;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Which cadre record a user account is (ADR 0038): the users page's link and {@code user link-cadre}, over REST. */
@Tag(name = "Cadre accounts", description = "The link between a user account and the cadre (responsible cadre) it is, used by "
        + "the field home, the phone forms and the device copy; set by county or system administrators")
@RestController
record CadreAccountApi(CadreAccounts accounts, ReasonMessages reasons, Users users) {

    @Schema(description = "The cadre the account is; null removes the link")
    record CadreLinkBody(@Schema(description = "Id of a cadre of the user's region (GET /api/v1/assistance/cadres)")
                         Long cadreId) {}

    @Schema(description = "The account and the cadre it is now linked to (null when none)")
    record CadreLink(String username, Long cadreId, String cadreName, String unitName) {}

    @Operation(summary = "Link a user account to its cadre", description = "Sets (or with a null cadreId removes) the "
            + "cadre record the account is. Only county and system administrators, for a user of their region (404 "
            + "otherwise) and a cadre of the user's region; a cadre linked to another account is refused (409). Audited.")
    @PutMapping("/api/v1/assistance/accounts/{username}/cadre")
    CadreLink link(@PathVariable String username, @RequestBody(required = false) CadreLinkBody body,
                   Authentication user, Locale locale) {
        Outcome outcome = accounts.link(users.scopeOf(user), Role.administers(user), username,
                body == null ? null : body.cadreId());
        if (!outcome.accepted()) {
            String code = outcome.reasons().get(0).code();
            String sentence = reasons.message(outcome.reasons().get(0), locale);
            if (code.equals("CADRE_LINK_NOT_ADMIN")) throw new ResponseStatusException(HttpStatus.FORBIDDEN, sentence);
            if (code.equals("CADRE_LINK_USER_UNKNOWN")) throw new NotFoundException(sentence);
            throw new RuleRefused(code, reasons.of(outcome.reasons(), locale));
        }
        var linking = accounts.linking(users.scopeOf(user), username).orElseThrow();
        var cadre = linking.linked();
        return new CadreLink(username, cadre == null ? null : cadre.id(), cadre == null ? null : cadre.name(),
                cadre == null ? null : cadre.unitName());
    }
}
