package org.fupin.identification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.identification.PolicyParameters;
import org.fupin.income.PovertyLines;
import org.fupin.kernel.Seen;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Poverty lines and policy parameters over REST (issue #27), as the parameters page sets them: every stored row with
 * its version (the history by year and region prefix), and a new value for a year through {@link PolicyParameters}
 * with the page's scope rule (a prefix inside the caller's region), optimistic locking (ADR 0031) and audit. The
 * values in force for a year and region are {@code GET /api/v1/identification/parameters}. Writes are for county and
 * system administrators, as the page's.
 */
@Tag(name = "Policy parameters", description = "Poverty lines and identification, exit and monitoring parameters by "
        + "year and region prefix: the stored history and new values, for county and system administrators")
@RestController
@RequestMapping("/api/v1/identification")
record ParameterApi(PolicyParameters parameters, Users users) {

    @Schema(description = "A stored parameter: in force from yearFrom on for regions whose code starts with "
            + "regionPrefix ('' = everywhere; the longest prefix wins), with the version a change must carry")
    record ParameterRow(String name, String regionPrefix, int yearFrom, BigDecimal value, String source, int version) {}

    @Schema(description = "A parameter's value from a year on for a region prefix inside the caller's region")
    record ParameterValue(
            @NotNull @Pattern(regexp = "[0-9]{0,12}") @Schema(description = "Region code prefix, '' = everywhere",
                    example = "620721") String regionPrefix,
            @NotNull @Min(1990) @Max(2100) @Schema(example = "2026") Integer yearFrom,
            @NotNull @Schema(example = "7") BigDecimal value,
            @Size(max = 200) @Schema(description = "Where the value comes from (a document)", example = "County notice 2026-3")
            String source,
            @Schema(description = "The version read; absent when the row does not exist yet (a new row)")
            Integer version) {}

    @Schema(description = "A stored poverty line of a year, standard and region prefix, with its version")
    record LineRow(int year, String standard, String regionPrefix, BigDecimal amount, boolean verified, String source,
                   int version) {}

    @Schema(description = "A poverty line of a year: yuan per person per year for regions whose code starts with "
            + "regionPrefix ('' = nation-wide)")
    record LineValue(
            @NotNull @Pattern(regexp = "NATIONAL|PROVINCIAL|MUNICIPAL") @Schema(example = "PROVINCIAL") String standard,
            @NotNull @Pattern(regexp = "[0-9]{0,12}") @Schema(example = "62") String regionPrefix,
            @NotNull @Positive @Schema(example = "4800") BigDecimal amount,
            @Schema(description = "Whether the amount was checked against its source; absent: false") Boolean verified,
            @Size(max = 200) @Schema(example = "Provincial notice 2026-1") String source,
            @Schema(description = "The version read; absent when the line does not exist yet") Integer version) {}

    @Operation(summary = "Stored parameters", description = "Every stored parameter row (all years and prefixes, the "
            + "history the parameters page lists), optionally of one name, with its version.")
    @GetMapping("/parameters/history")
    List<ParameterRow> parameterHistory(@RequestParam(required = false) String name) {
        Map<String, Integer> versions = parameters.parameterVersions();
        return parameters.parameters().stream().filter(p -> name == null || name.isBlank() || p.name().equals(name))
                .map(p -> new ParameterRow(p.name(), p.regionPrefix(), p.yearFrom(), p.value(), p.source(),
                        versions.getOrDefault(PolicyParameters.parameterKey(p.name(), p.regionPrefix(), p.yearFrom()), 0)))
                .toList();
    }

    @Operation(summary = "Set a parameter from a year on", description = "Adds or replaces the parameter's value from "
            + "yearFrom on for the region prefix, as the parameters page: the prefix must lie in the caller's region "
            + "(409 PREFIX_OUTSIDE_SCOPE); a row that exists needs the version read (409 PARAMETER_STALE naming the "
            + "value now). Audited as SET_PARAMETER.")
    @PutMapping("/parameters/{name}")
    ParameterRow setParameter(@Parameter(description = "The parameter's name", example = "NOTICE_DAYS.EXIT")
                              @PathVariable String name, @Valid @RequestBody ParameterValue body, Authentication user) {
        parameters.setParameter(users.scopeOf(user), new PolicyParameters.Parameter(name.strip(), body.regionPrefix(),
                body.yearFrom(), body.value(), body.source() == null ? "" : body.source().strip()), user.getName(),
                Seen.ofNullable(body.version()));
        return parameterHistory(name.strip()).stream().filter(p -> p.regionPrefix().equals(body.regionPrefix())
                && p.yearFrom() == body.yearFrom()).findFirst().orElseThrow();
    }

    @Operation(summary = "Stored poverty lines", description = "Every stored poverty line (all years, standards and "
            + "prefixes), optionally of one year, with its version. The line in force for a region is part of "
            + "GET /api/v1/identification/parameters.")
    @GetMapping("/poverty-lines")
    List<LineRow> lines(@RequestParam(required = false) Integer year) {
        Map<String, Integer> versions = parameters.lineVersions();
        return parameters.povertyLines().stream().filter(l -> year == null || l.year() == year)
                .map(l -> new LineRow(l.year(), l.standard(), l.regionPrefix(), l.amount(), l.verified(), l.source(),
                        versions.getOrDefault(PovertyLines.key(l.year(), l.standard(), l.regionPrefix()), 0)))
                .toList();
    }

    @Operation(summary = "Set a year's poverty line", description = "Adds or replaces the line of the year, standard "
            + "and region prefix, as the parameters page: the prefix must lie in the caller's region (409 "
            + "PREFIX_OUTSIDE_SCOPE); a line that exists needs the version read (409 LINE_STALE naming the amount now). "
            + "Audited as SET_POVERTY_LINE.")
    @PutMapping("/poverty-lines/{year}")
    LineRow setLine(@Parameter(description = "The year", example = "2026") @PathVariable int year,
                    @Valid @RequestBody LineValue body, Authentication user) {
        parameters.setPovertyLine(users.scopeOf(user), new PovertyLines.Entry(year, body.standard(), body.regionPrefix(),
                body.amount(), Boolean.TRUE.equals(body.verified()), body.source() == null ? "" : body.source().strip()), user.getName(),
                Seen.ofNullable(body.version()));
        return lines(year).stream().filter(l -> l.standard().equals(body.standard())
                && l.regionPrefix().equals(body.regionPrefix())).findFirst().orElseThrow();
    }
}
