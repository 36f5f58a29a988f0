package org.fupin.identification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fupin.api.Bodies;
import org.fupin.api.Created;
import org.fupin.api.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.household.HouseholdRegistry;
import org.fupin.identification.Actor;
import org.fupin.identification.CaseDecisions;
import org.fupin.identification.CaseNotices;
import org.fupin.identification.CaseOverview;
import org.fupin.identification.CaseException;
import org.fupin.identification.CaseRecord;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.PolicyParameters;
import org.fupin.identification.StepInput;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Meeting;
import org.fupin.identification.domain.Policy;
import org.fupin.identification.domain.Step;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Identification and exit cases over REST, through the same facades as the pages. Bodies are JSON; a body is read
 * only after the case or household named in the path was found in the caller's scope. A refused step answers 409
 * with the failed checks (name, numbers, sentence).
 */
@Tag(name = "Identification", description = "Identification and exit cases of poor households: opening, each step, rejection and the public notice")
@RestController
@RequestMapping("/api/v1/identification")
record IdentificationApi(IdentificationCases cases, CaseOverview overview, CaseDecisions decisions,
                         CaseNotices caseNotices, PolicyParameters parameters, Users users,
                         HouseholdRegistry registry) {

    record OpenCase(CaseKind kind, LocalDate date) {}

    @Schema(name = "CaseStepBody", description = "A step of an identification or "
            + "exit case: the step, its day, a comment, the meeting of an appraisal")
    record StepBody(Step step, LocalDate date, String comment, Meeting meeting, Boolean foodAndClothing,
                    String backdateReason) {}

    /** A rejection; {@code step}, when given, is the step the client read: refused (409 STEP_STALE) when no longer current. */
    record RejectBody(LocalDate date, String reasons, Step step) {}

    /** The public notice a call opened. */
    record NoticeOpened(long noticeId) {}

    record NoticeBody(String title, LocalDate start, String place) {}

    record SharedNoticeBody(List<Long> caseIds, String title, LocalDate start, String place) {}

    @Operation(summary = "Cases",
            description = "The identification and exit cases of the caller's region, filtered by kind and year.")
    @GetMapping("/cases")
    List<CaseOverview.Row> list(@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) Integer year,
                                Authentication user) {
        return overview.rows(users.scopeOf(user), kind, year, LocalDate.now());
    }

    @Operation(summary = "One case",
            description = "A case with its household, kind and every step taken.")
    @GetMapping("/cases/{id}")
    CaseRecord get(@PathVariable long id, Authentication user) {
        return require(users.scopeOf(user), id);
    }

    @Operation(summary = "May the case be decided?",
            description = "The checks that decide whether the case may be decided now.")
    @GetMapping("/cases/{id}/decision")
    Verdict decision(@PathVariable long id, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        return decisions.decide(scope, require(scope, id), null, LocalDate.now()).verdict();
    }

    @Operation(summary = "Policy parameters",
            description = "The poverty line and other policy parameters in force for the region and year.")
    @GetMapping("/parameters")
    Policy parameters(@RequestParam int year, @RequestParam String region, Authentication user) {
        users.scopeOf(user).require(region);
        return parameters.policy(year, region);
    }

    @Operation(summary = "Open a case",
            description = "Opens an identification or exit case for the household (the application), on the given date.")
    @PostMapping("/households/{id}/cases")
    Created open(@PathVariable long id, @RequestBody(required = false) OpenCase body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        registry.household(scope, id).orElseThrow(() -> new NotFoundException("household " + id));
        OpenCase open = Bodies.orEmpty(body, OpenCase.class);
        long caseId = cases.open(scope, open.kind() == null ? CaseKind.IDENTIFICATION : open.kind(), id,
                open.date() == null ? LocalDate.now() : open.date(), actor(user));
        return new Created(caseId);
    }

    @Operation(summary = "Complete a step",
            description = "Completes the next step of a case (visit, village review, township check, county decision, ...). A refused step answers 409 with the failed checks.")
    @PostMapping("/cases/{id}/steps")
    CaseRecord complete(@PathVariable long id, @RequestBody(required = false) StepBody body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        CaseRecord c = require(scope, id);
        StepBody step = Bodies.orEmpty(body, StepBody.class);
        cases.complete(scope, id, step.step() == null ? Step.valueOf(c.status()) : step.step(),
                new StepInput(step.date() == null ? LocalDate.now() : step.date(), step.comment(), step.meeting(),
                        step.foodAndClothing(), step.backdateReason()), actor(user));
        return require(scope, id);
    }

    @Operation(summary = "Reject a case",
            description = "Rejects a case at a step, with the reasons.")
    @PostMapping("/cases/{id}/reject")
    CaseRecord reject(@PathVariable long id, @RequestBody(required = false) RejectBody body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        CaseRecord c = require(scope, id);
        RejectBody reject = Bodies.orEmpty(body, RejectBody.class);
        if (reject.step() != null && !reject.step().name().equals(c.status())) throw new CaseException("STEP_STALE");
        cases.reject(scope, id, reject.date() == null ? LocalDate.now() : reject.date(), reject.reasons(), actor(user));
        return require(scope, id);
    }

    @Operation(summary = "Open the case's notice",
            description = "Opens the public notice of one case, with its title, start and place.")
    @PostMapping("/cases/{id}/notice")
    NoticeOpened notice(@PathVariable long id, @RequestBody(required = false) NoticeBody body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        NoticeBody notice = Bodies.orEmpty(body, NoticeBody.class);
        return new NoticeOpened(caseNotices.openNotice(scope, List.of(id), notice.title() == null ? "" : notice.title(),
                notice.start() == null ? LocalDate.now() : notice.start(), notice.place(), actor(user)));
    }

    /** One notice for several cases of the village at the same step. */
    @Operation(summary = "Open a shared notice",
            description = "Opens one public notice for several cases of the village in the path.")
    @PostMapping("/villages/{code}/notices")
    NoticeOpened sharedNotice(@PathVariable String code, @RequestBody(required = false) SharedNoticeBody body,
                                   Authentication user) {
        RegionScope scope = users.scopeOf(user);
        scope.require(code);
        SharedNoticeBody notice = Bodies.orEmpty(body, SharedNoticeBody.class);
        List<Long> ids = notice.caseIds() == null ? List.of() : notice.caseIds();
        for (Long id : ids) {
            if (!require(scope, id).villageCode().equals(code)) throw new NotFoundException("case " + id + " in " + code);
        }
        return new NoticeOpened(caseNotices.openNotice(scope, ids, notice.title() == null ? "" : notice.title(),
                notice.start() == null ? LocalDate.now() : notice.start(), notice.place(), actor(user)));
    }


    private CaseRecord require(RegionScope scope, long id) {
        return cases.find(scope, id).orElseThrow(() -> new NotFoundException("case " + id));
    }

    private static Actor actor(Authentication user) {
        return new Actor(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(""));
    }

}
