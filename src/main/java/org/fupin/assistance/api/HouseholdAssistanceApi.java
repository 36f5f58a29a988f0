package org.fupin.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.fupin.access.Users;
import org.fupin.api.Bodies;
import org.fupin.api.Created;
import org.fupin.api.NotFoundException;
import org.fupin.assistance.BattlePlan;
import org.fupin.assistance.HouseholdAssistance;
import org.fupin.assistance.MeasureStatus;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.Pairings;
import org.fupin.assistance.ReasonMessages;
import org.fupin.assistance.RepaymentStatus;
import org.fupin.assistance.domain.LoanPurpose;
import org.fupin.household.HouseholdRegistry;
import org.fupin.kernel.Seen;
import org.fupin.region.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The writes of a household's assistance page over REST (issue #27): pairing with a cadre, visits, measures,
 * micro-credit loans, a loan's repayment and the household's planned exit year. Each calls the module method the page
 * calls, so scope, rules and audit are the same; a body is checked only after the household was found in the
 * caller's scope. Read everything back with {@code GET /api/v1/assistance/households/{id}}.
 */
@Tag(name = "Household assistance", description = "Writes of a household's assistance: pairings with cadres, visits, "
        + "measures, micro-credit loans and repayments, the planned exit year")
@RestController
@RequestMapping("/api/v1/assistance/households/{id}")
record HouseholdAssistanceApi(HouseholdRegistry registry, Pairings pairings, HouseholdAssistance assistance,
                              BattlePlan battlePlan, ReasonMessages reasons, Users users) {

    @Schema(description = "A cadre made responsible for the household from a day on; the current pairing ends then")
    record PairingBody(@NotNull @Schema(description = "Id of the cadre (GET /api/v1/assistance/cadres)") Long cadreId,
                       @NotNull LocalDate start) {}

    @Schema(description = "A visit of a cadre to the household")
    record VisitBody(@NotNull Long cadreId, @NotNull LocalDate date,
                     @NotBlank @Schema(description = "What was seen and agreed") String content,
                     @Schema(description = "Reference of a photo, if any") String photo) {}

    @Schema(name = "HouseholdMeasureBody", description = "An assistance measure for the household")  // monitoring has a MeasureBody
    record MeasureBody(@NotBlank @Schema(description = "Code of the measure category list") String category,
                       @NotBlank String name, @NotNull @DecimalMin("0") BigDecimal amount, @NotNull LocalDate date,
                       @NotNull MeasureStatus status, String outcome) {}

    @Schema(description = "A micro-credit loan to a member of the household")
    record LoanBody(@NotNull @Min(1) @Schema(description = "Position of the borrower among the members") Integer borrower,
                    @NotBlank String bank, @NotNull @DecimalMin("0.01") BigDecimal amount,
                    @NotNull @Min(1) Integer termMonths, @NotNull LocalDate issueDate,
                    @Schema(description = "Yearly interest rate, e.g. 0.0435") BigDecimal interestRate,
                    @DecimalMin("0") @DecimalMax("1") @Schema(description = "Share of the interest subsidised, 0 to 1")
                    BigDecimal subsidyRate,
                    @NotNull LoanPurpose purpose) {}

    @Schema(description = "A loan's repayment status")
    record RepaymentBody(@NotNull RepaymentStatus status,
                         @NotNull @Schema(description = "The loan's version as read (GET .../households/{id}: "
                                 + "loans[].version); refused as stale when the loan changed since (ADR 0031)")
                         Integer version) {}

    @Schema(description = "The year the household plans to leave poverty")
    record ExitPlanBody(@NotNull @Min(2000) @jakarta.validation.constraints.Max(2100) Integer plannedYear) {}

    @Operation(summary = "Pair the household with a cadre", description = "Makes a cadre responsible for the "
            + "household from the start day on, ending the current pairing; refused when it is the same cadre or does not "
            + "start after the current one (409). Audited.")
    @PostMapping("/pairings")
    @ResponseStatus(HttpStatus.CREATED)
    Created pair(@PathVariable long id, @RequestBody PairingBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            PairingBody b = Bodies.valid(body);
            return pairings.pair(scope, b.cadreId(), id, b.start());
        });
    }

    @Operation(summary = "Record a visit", description = "Records a cadre's visit to the household on a day with what "
            + "was found. Audited.")
    @PostMapping("/visits")
    @ResponseStatus(HttpStatus.CREATED)
    Created visit(@PathVariable long id, @RequestBody VisitBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            VisitBody b = Bodies.valid(body);
            return pairings.logVisit(scope, b.cadreId(), id, b.date(), b.content(), b.photo());
        });
    }

    @Operation(summary = "Add a measure", description = "Adds an assistance measure (industry, employment, education, "
            + "housing, ...) with its amount, day and status. Audited.")
    @PostMapping("/measures")
    @ResponseStatus(HttpStatus.CREATED)
    Created measure(@PathVariable long id, @RequestBody MeasureBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            MeasureBody b = Bodies.valid(body);
            return assistance.addMeasure(scope, id, new HouseholdAssistance.NewMeasure(b.category(), b.name(),
                    b.amount(), b.date(), b.status(), b.outcome()));
        });
    }

    @Operation(summary = "Grant a micro-credit loan", description = "Records a micro-credit loan to a member; refused "
            + "with every rule it breaks (amount, term, the borrower's age on the issue day, use) as 409. Audited.")
    @PostMapping("/loans")
    @ResponseStatus(HttpStatus.CREATED)
    Created loan(@PathVariable long id, @RequestBody LoanBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            LoanBody b = Bodies.valid(body);
            return assistance.addLoan(scope, id, new HouseholdAssistance.NewLoan(b.borrower(), b.bank(), b.amount(),
                    b.termMonths(), b.issueDate(), b.interestRate(),
                    b.subsidyRate() == null ? BigDecimal.ZERO : b.subsidyRate(), b.purpose()));
        });
    }

    @Operation(summary = "Set a loan's repayment", description = "Records whether a loan is being repaid, repaid or "
            + "overdue; refused (409 LOAN_STALE, naming the status now) when the loan changed since its version was read. Audited.")
    @PutMapping("/loans/{loan}/repayment")
    Created repayment(@PathVariable long id, @PathVariable long loan, @RequestBody RepaymentBody body,
                      Authentication user, Locale locale) {
        return change(id, user, locale, scope -> {
            RepaymentBody b = Bodies.valid(body);
            return assistance.setRepayment(scope, id, loan, b.status(), Seen.ofNullable(b.version()));
        });
    }

    @Operation(summary = "Plan the household's exit year", description = "Sets the year the household plans to leave "
            + "poverty, as the battle plan counts it.")
    @PutMapping("/exit-plan")
    Created exitPlan(@PathVariable long id, @RequestBody ExitPlanBody body, Authentication user, Locale locale) {
        return change(id, user, locale, scope -> battlePlan.planHousehold(scope, id, Bodies.valid(body).plannedYear()));
    }

    /** The household in scope (404 otherwise), then the change; a refusal is 409 with its reasons as sentences. */
    private Created change(long id, Authentication user, Locale locale,
                           Function<RegionScope, Optional<Outcome>> change) {
        RegionScope scope = users.scopeOf(user);
        if (registry.household(scope, id).isEmpty()) throw new NotFoundException("household " + id);
        Outcome outcome = change.apply(scope).orElseThrow(() -> new NotFoundException("household " + id));
        return new Created(reasons.idOrRefused(outcome, locale));
    }
}
