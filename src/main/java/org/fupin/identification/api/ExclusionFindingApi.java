package org.fupin.identification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.api.BadBody;
import org.fupin.api.Bodies;
import org.fupin.api.NotFoundException;
import org.fupin.identification.CaseRecord;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.PolicyParameters;
import org.fupin.region.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Findings against the exclusion rules for a case's household and year (a property, a vehicle, a company found in
 * another department's data), recorded through {@link PolicyParameters} as the case's decision page records them,
 * with the same scope (the case first, 404 outside it) and audit ({@code EXCLUSION_FINDING}); editors, as the page.
 */
@Tag(name = "Exclusion findings", description = "What another department's data showed against an exclusion rule for "
        + "the household and year of an identification case; the case's decision weighs them")
@RestController
@RequestMapping("/api/v1/identification/cases/{id}/findings")
record ExclusionFindingApi(IdentificationCases cases, PolicyParameters parameters, Users users) {

    @Schema(name = "ExclusionFindingBody", description = "A finding against one exclusion rule")
    record FindingBody(@NotBlank @Schema(description = "Code of the exclusion rule, one of the policy's exclusion rules",
                               example = "COMMERCIAL_HOUSING") String rule,
                       @Size(max = 1000) @Schema(description = "What was found") String detail,
                       @Size(max = 200) @Schema(description = "Where it was found (department, data set)") String source) {}

    @Schema(name = "ExclusionFinding", description = "The findings of one rule: what was found, each with its source "
            + "in brackets, joined by '; ' in the order recorded")
    record Finding(String rule, String detail) {}

    @Operation(summary = "Findings of a case's household", description = "The findings recorded against the exclusion "
            + "rules for the case's household in the case's year, by rule; 404 for a case outside the caller's region.")
    @GetMapping
    List<Finding> list(@PathVariable long id, Authentication user) {
        return findings(require(users.scopeOf(user), id));
    }

    @Operation(summary = "Record a finding", description = "Records a finding against an exclusion rule for the case's "
            + "household and year, as the case's decision page does (a later finding of the same rule is added to "
            + "the earlier ones); the case's decision then weighs it. 404 for a case outside the caller's region, 400 INVALID "
            + "at rule for a code that is no exclusion rule. Audited. Answers the household's findings.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    List<Finding> record(@PathVariable long id, @RequestBody FindingBody body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        CaseRecord c = require(scope, id);
        FindingBody finding = Bodies.valid(body);
        if (parameters.exclusionRules().stream().noneMatch(r -> r.code().equals(finding.rule()))) {
            throw new BadBody("rule", "not an exclusion rule");
        }
        parameters.recordExclusionFinding(scope, c.villageCode(), c.year(), c.householdNumber(), finding.rule(),
                finding.detail(), finding.source(), user.getName());
        return findings(c);
    }

    private List<Finding> findings(CaseRecord c) {
        return parameters.exclusionFindings(c.villageCode(), c.year(), c.householdNumber()).entrySet().stream()
                .map(e -> new Finding(e.getKey(), e.getValue())).toList();
    }

    private CaseRecord require(RegionScope scope, long id) {
        return cases.find(scope, id).orElseThrow(() -> new NotFoundException("case " + id));
    }
}
