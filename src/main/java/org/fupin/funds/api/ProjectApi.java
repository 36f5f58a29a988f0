package org.fupin.funds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.fupin.access.Users;
import org.fupin.api.Bodies;
import org.fupin.api.Created;
import org.fupin.api.NotFoundException;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.ReasonMessages;
import org.fupin.funds.FundSource;
import org.fupin.funds.Funds;
import org.fupin.funds.Project;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.funds.domain.ProjectStatus;
import org.fupin.region.RegionScope;
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
 * Projects and funds over REST as the project and region pages change them (issue #27): applying for a project,
 * its performance target, publicity, steps, beneficiaries and payments, and a county's fund allocations. Each calls
 * the page's module method, so scope, rules and audit are the same.
 */
@Tag(name = "Projects and funds", description = "Assistance projects of the project library through their steps, "
        + "the county's fund allocations and the payments from them to projects")
@RestController
@RequestMapping("/api/v1/assistance")
record ProjectApi(ProjectLibrary library, Funds funds, ReasonMessages reasons, Users users) {

    @Schema(description = "An application for a project of a village")
    record ProjectBody(@NotNull Integer year, @NotBlank String name, @NotBlank String category, String nature,
                       String schedule, String responsibleUnit, String tasks, String funding, String beneficiaries,
                       @Schema(description = "May follow later; required before the project enters the library")
                       String performanceTarget, String povertyMechanism, @NotNull @DecimalMin("0") BigDecimal budget) {}

    @Schema(description = "A performance target, with the project's version as read (ADR 0031)")
    record TargetBody(@NotBlank String performanceTarget, @NotNull Integer version) {}

    @Schema(description = "The publicity period, with the project's version as read (ADR 0031)")
    record PublicityBody(@NotNull LocalDate start, @NotNull LocalDate end, @NotNull Integer version) {}

    @Schema(name = "ProjectStepBody", description = "The next step of the project and its day")
    record StepBody(@NotNull ProjectStatus to, @NotNull LocalDate date) {}

    @Schema(description = "A household of the registry that benefits from the project")
    record BeneficiaryBody(@NotNull @Schema(description = "Id of a household-year (GET /api/v1/households)") Long householdId) {}

    @Schema(description = "A payment from an allocation to the project")
    record DisbursementBody(@NotNull Long allocationId, @NotNull LocalDate date,
                            @NotNull @DecimalMin("0.01") BigDecimal amount, String payee) {}

    @Schema(description = "Funds allocated to the county by a document")
    record AllocationBody(@NotNull Integer year, @NotNull FundSource source, @NotBlank String documentNumber,
                          @NotNull @DecimalMin("0.01") BigDecimal amount, @NotNull LocalDate issuedDate) {}

    @Operation(summary = "One project", description = "A project with its fields, status, publicity, amount paid, "
            + "number of beneficiaries and version.")
    @GetMapping("/projects/{id}")
    Project project(@PathVariable long id, Authentication user) {
        return require(users.scopeOf(user), id);
    }

    @Operation(summary = "Apply for a project", description = "Records the application for a project of the village "
            + "in the path (status APPLIED, today); refused with every missing field (409). Audited.")
    @PostMapping("/regions/{code}/projects")
    @ResponseStatus(HttpStatus.CREATED)
    Created apply(@PathVariable String code, @RequestBody ProjectBody body, Authentication user, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        scope.require(code);
        ProjectBody b = Bodies.valid(body);
        ProjectFields fields = new ProjectFields(b.name(), b.category(), b.nature(), code, b.schedule(),
                b.responsibleUnit(), b.tasks(), b.funding(), b.beneficiaries(), b.performanceTarget(),
                b.povertyMechanism());
        return new Created(reasons.idOrRefused(library.apply(scope, b.year(), fields, b.budget(), LocalDate.now()),
                locale));
    }

    @Operation(summary = "Set the performance target", description = "Sets the project's performance target while it "
            + "is not yet in the library; refused as stale when the project changed since its version was read.")
    @PutMapping("/projects/{id}/target")
    Created target(@PathVariable long id, @RequestBody TargetBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            TargetBody b = Bodies.valid(body);
            return library.setPerformanceTarget(scope, id, b.performanceTarget(),
                    org.fupin.kernel.Seen.of(b.version()));
        });
    }

    @Operation(summary = "Set the publicity period", description = "Sets the days the project is made public; refused "
            + "as stale when the project changed since its version was read.")
    @PutMapping("/projects/{id}/publicity")
    Created publicity(@PathVariable long id, @RequestBody PublicityBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            PublicityBody b = Bodies.valid(body);
            return library.setPublicity(scope, id, b.start(), b.end(), org.fupin.kernel.Seen.of(b.version()));
        });
    }

    @Operation(summary = "Take the next step", description = "Moves the project to its next status on a day (into the "
            + "library, approved, carried out, accepted, ...); refused when that is not its next step or a condition "
            + "is missing (409). Audited.")
    @PostMapping("/projects/{id}/steps")
    Created step(@PathVariable long id, @RequestBody StepBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            StepBody b = Bodies.valid(body);
            return library.advance(scope, id, b.to(), b.date());
        });
    }

    @Operation(summary = "Add a beneficiary household", description = "Adds a household of the registry to the "
            + "project's beneficiaries. Audited.")
    @PostMapping("/projects/{id}/beneficiaries")
    @ResponseStatus(HttpStatus.CREATED)
    Created beneficiary(@PathVariable long id, @RequestBody BeneficiaryBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> library.addBeneficiary(scope, id, Bodies.valid(body).householdId()));
    }

    @Operation(summary = "Pay from an allocation", description = "Pays part of an allocation to the project; refused "
            + "when it would overspend the allocation or the project is not being carried out (409). Audited.")
    @PostMapping("/projects/{id}/disbursements")
    @ResponseStatus(HttpStatus.CREATED)
    Created disburse(@PathVariable long id, @RequestBody DisbursementBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            DisbursementBody b = Bodies.valid(body);
            return funds.disburse(scope, b.allocationId(), id, b.date(), b.amount(), b.payee());
        });
    }

    @Operation(summary = "Fund allocations of a year", description = "The county's fund allocations of the year with "
            + "their source, document, amount, what was paid from them and the balance.")
    @GetMapping("/regions/{code}/allocations")
    List<Funds.Allocation> allocations(@PathVariable String code, @RequestParam int year, Authentication user) {
        return funds.allocations(users.scopeOf(user), code, year);
    }

    @Operation(summary = "Record a fund allocation", description = "Records funds allocated to the county by a "
            + "document; refused when the document number is already recorded (409). County and system "
            + "administrators; audited.")
    @PostMapping("/regions/{code}/allocations")
    @ResponseStatus(HttpStatus.CREATED)
    Created allocate(@PathVariable String code, @RequestBody AllocationBody body, Authentication user, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        scope.require(code);
        AllocationBody b = Bodies.valid(body);
        return new Created(reasons.idOrRefused(funds.allocate(scope, code, b.year(), b.source(), b.documentNumber(),
                b.amount(), b.issuedDate()), locale));
    }

    private Created change(long id, Authentication user, Locale locale, Function<RegionScope, Optional<Outcome>> change) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        Outcome outcome = change.apply(scope).orElseThrow(() -> new NotFoundException("project " + id));
        return new Created(reasons.idOrRefused(outcome, locale));
    }

    private Project require(RegionScope scope, long id) {
        return library.project(scope, id).orElseThrow(() -> new NotFoundException("project " + id));
    }
}
