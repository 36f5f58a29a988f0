package org.fupin.identification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.api.Bodies;
import org.fupin.api.Created;
import org.fupin.api.NotFoundException;
import org.fupin.identification.Actor;
import org.fupin.identification.CaseException;
import org.fupin.identification.VillageExitRepository;
import org.fupin.identification.VillageExits;
import org.fupin.identification.domain.VillageExitStep;
import org.fupin.notice.Explanations;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
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
 * 贫困村退出 over REST (issue #27): the procedures of the caller's region and each step, through {@link VillageExits},
 * the module the village exit pages call, so the roles of each step, the exit test, dates, scope and audit are the
 * same. A body is read only after the procedure named in the path was found in the caller's scope.
 */
@Tag(name = "Village exits", description = "The exit of a poor village as a procedure: the village's proposal, the "
        + "township's review against the exit test, the township's public notice and the county's announcement")
@RestController
@RequestMapping("/api/v1/identification/village-exits")
record VillageExitApi(VillageExits exits, Users users, MessageSource messages) {

    @Schema(description = "A proposal to exit: a poor village of the caller's region and the year of its exit")
    record Proposal(@NotNull @Pattern(regexp = "\\d{12}") @Schema(description = "The village's 12-digit code",
                            example = "620721101201") String village,
                    @NotNull @Schema(description = "The year the village exits", example = "2016") Integer year,
                    @PastOrPresent @Schema(description = "The day of the proposal; today when absent") LocalDate date,
                    @Schema(description = "The village committee's words") String comment) {}

    @Schema(description = "A step done: its day (today when absent, never in the future nor before the step before) "
            + "and a comment")
    record StepDone(@PastOrPresent LocalDate date, String comment) {}

    @Schema(description = "The township's public notice of the exit: its title (a standard one when absent), the day "
            + "it starts (today when absent) and where it is posted")
    record NoticeBody(String title, LocalDate start, String place) {}

    @Schema(description = "The public notice a call opened")
    record NoticeOpened(long noticeId) {}

    @Schema(description = "The procedure ended at its current step with the reasons")
    record Rejection(@PastOrPresent LocalDate date, @NotBlank @Schema(description = "Why the exit is refused") String reasons,
                     @Schema(description = "The step the client read: refused as 409 STEP_STALE when no longer current")
                     VillageExitStep step) {}

    @Operation(summary = "Village exit procedures",
            description = "The exit procedures of the villages in the caller's region, newest first, with their steps.")
    @GetMapping
    List<VillageExitRepository.Exit> list(Authentication user) {
        return exits.list(users.scopeOf(user));
    }

    @Operation(summary = "One village exit procedure",
            description = "The procedure with its current status and every step recorded; 404 outside the caller's region.")
    @GetMapping("/{id}")
    VillageExitRepository.Exit get(@PathVariable long id, Authentication user) {
        return require(users.scopeOf(user), id);
    }

    @Operation(summary = "Propose a village's exit",
            description = "Opens the procedure with the village's proposal, for a village registered as a poor village "
                    + "in the year, by a village cadre or a township officer; 409 when it is not a poor village that "
                    + "year or a procedure is already open. Audited.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created open(@Valid @RequestBody Proposal body, Authentication user) {
        return new Created(exits.open(users.scopeOf(user), body.village(), body.year(),
                body.date() == null ? LocalDate.now() : body.date(), body.comment(), actor(user)));
    }

    @Operation(summary = "Township review",
            description = "The township's review: the village exit test of the year must pass (the incidence and the "
                    + "county's conditions); 409 STEP_REFUSED with each failed check otherwise. Township officers only. "
                    + "Audited.")
    @PostMapping("/{id}/review")
    VillageExitRepository.Exit review(@PathVariable long id, @RequestBody(required = false) StepDone body,
                                      Authentication user) {
        return step(id, body, user, (scope, b) -> exits.review(scope, id, day(b.date()), b.comment(), actor(user)));
    }

    @Operation(summary = "Open the township's notice",
            description = "Opens the public notice of the exit in the township for the configured days, as the step "
                    + "form does. Township officers only. Audited.")
    @PostMapping("/{id}/notice")
    NoticeOpened notice(@PathVariable long id, @RequestBody(required = false) NoticeBody body, Authentication user,
                        java.util.Locale locale) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        NoticeBody b = Bodies.orEmpty(body, NoticeBody.class);
        String title = b.title() == null || b.title().isBlank()
                ? messages.getMessage("identification.villageExit.noticeTitle", null, locale) : b.title();
        return new NoticeOpened(exits.openNotice(scope, id, title, day(b.start()), b.place(), actor(user)));
    }

    @Operation(summary = "Complete the notice",
            description = "Completes the notice step once the notice was posted and has run its days without open "
                    + "objections; 409 STEP_REFUSED with the reasons otherwise. Township officers only. Audited.")
    @PostMapping("/{id}/notice-done")
    VillageExitRepository.Exit noticeDone(@PathVariable long id, @RequestBody(required = false) StepDone body,
                                          Authentication user) {
        return step(id, body, user, (scope, b) -> exits.completeNotice(scope, id, day(b.date()), b.comment(), actor(user)));
    }

    @Operation(summary = "County announcement",
            description = "The county's approval and announcement: the village has exited from this day. County "
                    + "administrators only. Audited.")
    @PostMapping("/{id}/announce")
    VillageExitRepository.Exit announce(@PathVariable long id, @RequestBody(required = false) StepDone body,
                                        Authentication user) {
        return step(id, body, user, (scope, b) -> exits.announce(scope, id, day(b.date()), b.comment(), actor(user)));
    }

    @Operation(summary = "Reject the exit",
            description = "Ends the procedure at its current step with the reasons, by a user who may record that "
                    + "step (409 ROLE_NOT_ALLOWED otherwise). Audited.")
    @PostMapping("/{id}/reject")
    VillageExitRepository.Exit reject(@PathVariable long id, @RequestBody(required = false) Rejection body,
                                      Authentication user) {
        RegionScope scope = users.scopeOf(user);
        VillageExitRepository.Exit e = require(scope, id);
        Rejection b = Bodies.valid(Bodies.orEmpty(body, Rejection.class));
        if (b.step() != null && !b.step().name().equals(e.status())) throw new CaseException("STEP_STALE");
        exits.reject(scope, id, day(b.date()), b.reasons(), actor(user));
        return require(scope, id);
    }

    private VillageExitRepository.Exit step(long id, StepDone body, Authentication user,
                                            java.util.function.BiConsumer<RegionScope, StepDone> step) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        step.accept(scope, Bodies.valid(Bodies.orEmpty(body, StepDone.class)));
        return require(scope, id);
    }

    private VillageExitRepository.Exit require(RegionScope scope, long id) {
        return exits.find(scope, id).orElseThrow(() -> new NotFoundException("village exit " + id));
    }

    private static LocalDate day(LocalDate date) {
        return date == null ? LocalDate.now() : date;
    }

    private static Actor actor(Authentication user) {
        return new Actor(user.getName(), Explanations.role(user));
    }
}
