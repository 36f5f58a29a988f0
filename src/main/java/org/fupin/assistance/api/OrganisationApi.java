package org.fupin.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.api.Created;
import org.fupin.assistance.CadreFlag;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.ReasonMessages;
import org.fupin.assistance.UnitLevel;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assistance start page's helping units (帮扶单位) and cadres (帮扶责任人) over REST (issue #27): the units shown to
 * the caller, and adding a unit or a cadre through {@link Organisations} as the page does (county and system
 * administrators, as the page; audited by the module). Cadres are read with {@code GET /api/v1/assistance/cadres}.
 */
@Tag(name = "Helping units and cadres", description = "The helping units of the caller's region and their cadres: "
        + "list the units, add a unit or a cadre (county and system administrators)")
@RestController
@RequestMapping("/api/v1/assistance")
record OrganisationApi(Organisations organisations, ReasonMessages reasons, Users users) {

    @Schema(description = "A helping unit: its name, level and the region it belongs to")
    record UnitBody(@NotBlank @Schema(description = "Name, unique within its region") String name,
                    @NotNull UnitLevel level,
                    @NotBlank @Schema(description = "Code of the region the unit belongs to, within the caller's "
                            + "region (404 otherwise)", example = "620721000000") String region) {}

    @Schema(description = "A cadre of a helping unit")
    record CadreBody(@NotNull @Schema(description = "Id of a unit shown to the caller (GET /api/v1/assistance/units); "
                             + "another is refused as UNIT_UNKNOWN (409)") Long unitId,
                     @NotBlank String name,
                     @Schema(description = "Post held in the unit") String post,
                     @Schema(description = "Mobile number, 11 digits starting with 1, or none; kept encrypted and "
                             + "answered masked (409 CADRE_PHONE otherwise)", example = "13700137001") String phone,
                     @Schema(description = "What else the cadre is, e.g. first secretary") List<CadreFlag> flags) {}

    @Operation(summary = "Helping units of the caller's region", description = "The helping units that belong to, "
            + "help a village of or sent a work team to the caller's region, and the units of the cadres shown "
            + "(ADR 0032), by region and name.")
    @GetMapping("/units")
    List<Organisations.Unit> units(Authentication user) {
        return organisations.units(users.scopeOf(user));
    }

    @Operation(summary = "Add a helping unit", description = "Adds a unit of a region within the caller's region "
            + "(404 otherwise); a unit of the same name in that region is refused (409 UNIT_EXISTS). County and system "
            + "administrators, as the assistance page. Audited.")
    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    Created addUnit(@Valid @RequestBody UnitBody body, Authentication user, Locale locale) {
        return new Created(reasons.idOrRefused(organisations.addUnit(users.scopeOf(user), body.name(), body.level(),
                body.region()), locale));
    }

    @Operation(summary = "Add a cadre", description = "Adds a cadre to a unit shown to the caller; refused (409) for "
            + "another unit or a phone number that is not a mobile number. County and system administrators, as the "
            + "assistance page. Audited; the phone is kept encrypted.")
    @PostMapping("/cadres")
    @ResponseStatus(HttpStatus.CREATED)
    Created addCadre(@Valid @RequestBody CadreBody body, Authentication user, Locale locale) {
        return new Created(reasons.idOrRefused(organisations.addCadre(users.scopeOf(user), new Organisations.NewCadre(
                body.unitId(), body.name(), body.post(), body.phone(),
                body.flags() == null ? List.of() : body.flags())), locale));
    }
}
