package org.fupin.household.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.api.NotFoundException;
import org.fupin.api.RuleRefused;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A new household registered over REST (issue #27) through {@link HouseholdEditor#create}, as the new-household page:
 * a village of the caller's scope (404 otherwise), its number, its head and the household columns, with the import's
 * rules and audit.
 */
@Tag(name = "Registry edits", description = "Correcting a household-year of the poverty registry as its edit forms "
        + "do: household columns, members added, corrected and removed, with the import's rules and version checks")
@RestController
record NewHouseholdApi(HouseholdEditor editor, RegionDirectory regions, Users users, RegistryEditApi edits) {

    @Schema(description = "A new household-year: the village, the year and the head's row of the import template "
            + "(household number, the head's person cells, the household columns)")
    record NewHousehold(@NotBlank @Schema(description = "Code of the village") String village,
                        @NotNull @Min(2000) @Max(2100) Integer year,
                        @NotEmpty List<RegistryEditApi.@Valid @NotNull Cell> cells) {}

    @Operation(summary = "Register a new household", description = "Registers a household-year in a village of the "
            + "caller's region with its head, with the import's rules: 409 with every rule broken (a household number "
            + "taken that year: HOUSEHOLD_NUMBER_TAKEN). Audited. Add the other members with POST .../members.")
    @PostMapping("/api/v1/households")
    @ResponseStatus(HttpStatus.CREATED)
    RegistryEditApi.Saved create(@Valid @RequestBody NewHousehold body, Authentication user, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        regions.find(scope, body.village()).filter(r -> r.level() == RegionLevel.VILLAGE)
                .orElseThrow(() -> new NotFoundException("village " + body.village()));
        Map<RegistryColumn, String> cells = RegistryEditApi.read(body.cells(),
                c -> c != RegistryColumn.YEAR && c != RegistryColumn.VILLAGE_CODE);
        HouseholdEditor.Created created = editor.create(scope, body.village(), body.year(), cells, user.getName());
        List<Finding> errors = created.findings().stream().filter(Finding::isError).toList();
        if (created.id() == null) {
            throw new RuleRefused(errors.isEmpty() ? "REFUSED" : errors.get(0).code(),
                    errors.stream().map(f -> edits.sentence(f, locale)).toList());
        }
        return new RegistryEditApi.Saved(created.id(), editor.version(scope, created.id()).orElseThrow(),
                created.findings().stream().filter(f -> !f.isError()).map(f -> edits.sentence(f, locale)).toList());
    }
}
