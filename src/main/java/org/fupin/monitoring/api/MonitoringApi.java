package org.fupin.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.api.BadBody;
import org.fupin.access.Users;
import org.fupin.imports.ImportReport;
import org.fupin.monitoring.Monitoring;
import org.fupin.monitoring.MonitoringDashboard;
import org.fupin.monitoring.MonitoringRanges;
import org.fupin.monitoring.RiskCare;
import org.fupin.monitoring.Views;
import org.fupin.monitoring.WarningImport;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Dynamic monitoring (issue #10): the board and the list behind each number, alerts, episodes, clues, the department
 * warning import (200 accepted, 422 rejected with located errors) and each procedure step. Refusals are 409.
 */
@Tag(name = "Monitoring", description = "Dynamic monitoring against a return to poverty: the board, the list behind each number, alerts, screening, clues, department warnings and each step of the procedure")
@RestController
@RequestMapping("/api/v1/monitoring")
record MonitoringApi(Monitoring monitoring, RiskCare care, MonitoringDashboard dashboard, MonitoringRanges ranges,
                     WarningImport warnings, org.fupin.monitoring.MonitoringScreening screening, Users users,
                     UploadLimits limits) {

    @Operation(summary = "The monitoring board",
            description = "The numbers of the region's monitoring on a day (default today): households by stage, risk and procedure step.")
    @GetMapping("/board")
    MonitoringDashboard.Board board(@RequestParam(required = false) String region, @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Authentication user) {
        return dashboard.board(users.scopeOf(user), region, date == null ? LocalDate.now() : date);
    }

    @Operation(summary = "The monitoring list",
            description = "The households behind a number of the board, filtered by dimension and key; without a filter, every monitored household of the region.")
    @GetMapping("/list")
    List<MonitoringDashboard.Row> list(@RequestParam(required = false) String region, @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                       @RequestParam(required = false) MonitoringDashboard.Dimension dimension,
                                       @RequestParam(required = false) String key, Authentication user) {
        return dashboard.list(users.scopeOf(user), region, date == null ? LocalDate.now() : date, dimension, key);
    }

    @Operation(summary = "Monitoring alerts",
            description = "Steps that are overdue or about to be, and households whose risk has not been looked at, in the region on the day.")
    @GetMapping("/alerts")
    List<Views.Alert> alerts(@RequestParam(required = false) String region, @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Authentication user) {
        return dashboard.alerts(users.scopeOf(user), region, date == null ? LocalDate.now() : date);
    }

    /** Early-warning screening of the registry households of a region and year, each hit with its numbers. */
    @Operation(summary = "Early-warning screening",
            description = "The registry households of a region and year whose income or expenses put them near or below the monitoring range, each with its numbers.")
    @GetMapping("/screening")
    List<org.fupin.monitoring.MonitoringScreening.Warning> screening(@RequestParam String region, @RequestParam int year,
                                                                    Authentication user) {
        return screening.screen(users.scopeOf(user), region, year);
    }

    @Operation(summary = "The range in force",
            description = "The monitoring range that applies to the region in the year.")
    @GetMapping("/range")
    Views.Range range(@RequestParam int year, @RequestParam String region) {
        return ranges.range(year, region);
    }

    @Operation(summary = "One monitoring case",
            description = "A monitoring case with its household, risk, steps, measures and follow-ups.")
    @GetMapping("/episodes/{id}")
    Views.Detail episode(@PathVariable long id, Authentication user) {
        return monitoring.detail(users.scopeOf(user), id);
    }

    /** A clue for a household of the village in the path (body: {@link Views.ClueInput} without the village). */
    @Operation(summary = "Record a clue",
            description = "Records a clue of a risk for a household of the village in the path (from a visit, a hotline, a department); opens a monitoring case.")
    @PostMapping("/villages/{code}/clues")
    Views.Detail clue(@PathVariable String code, @RequestBody Views.ClueInput c, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        scope.require(code);
        Views.ClueInput clue = new Views.ClueInput(code, c.householdNumber(), c.headName(), c.memberCount(), c.channel(),
                c.department(), c.riskType(), c.receivedOn(), c.amount(), c.detail());
        return monitoring.detail(scope, monitoring.recordClue(scope, clue, user.getName()));
    }

    @Operation(summary = "Import a department's warnings",
            description = "Imports a file of warnings pushed by a department (civil affairs, medical insurance, education); 200 with the report when accepted, 422 with the located errors when rejected.")
    @PostMapping("/warnings")
    ResponseEntity<ImportReport> importWarnings(@RequestParam String department, @RequestParam("file") MultipartFile file,
                                                Authentication user, Locale locale) throws IOException {
        limits.check(UploadKind.IMPORT, file, user);
        Path temp = Files.createTempFile("fupin-warnings", ".dat");
        try {
            file.transferTo(temp);
            ImportReport report = warnings.importWarnings(users.scopeOf(user), temp, department, locale,
                    user.getName());
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A step of a procedure: its date, whether approved, a comment, visitors, a comparison run, notice title/place. */
    @Schema(name = "MonitoringStepBody", description = "A step of a monitoring "
            + "procedure: its day, whether approved, a comment, the visitors, a comparison run, a notice's title and place")
    public record StepBody(LocalDate on, Boolean approved, String comment, List<String> visitors, Long runId,
                           String title, String place) {
        static final StepBody EMPTY = new StepBody(null, null, null, null, null, null, null);

        boolean isApproved() { return approved == null || approved; }
    }

    public record MeasureBody(String kind, LocalDate startedOn, String description) {}

    private static final Views.VisitInput EMPTY_VISIT = new Views.VisitInput(null, null, false, null, null, null, false,
            false, null, null);
    private static final Views.FollowUpInput EMPTY_FOLLOW_UP = new Views.FollowUpInput(null, null, false, false, false, null);

    @Operation(summary = "Record the home visit",
            description = "Records the home visit of a monitoring case: who visited, what was found, whether the risk is confirmed.")
    @PostMapping("/episodes/{id}/visit")
    Views.Detail visit(@PathVariable long id, @RequestBody(required = false) Views.VisitInput body, Authentication user) {
        return act(id, user, scope -> monitoring.homeVisit(scope, id, body == null ? EMPTY_VISIT : body, user.getName()));
    }

    /**
     * The procedure's steps after the visit, each with the same body: {@code comparison}, {@code review},
     * {@code notice}, {@code township}, {@code county}, {@code elimination-visit}, {@code elimination-notice},
     * {@code eliminate}. Refused steps answer 409 with the failed checks.
     */
    @Operation(summary = "Record a procedure step",
            description = "Records one step after the visit: comparison, review, notice, township, county, elimination-visit, elimination-notice or eliminate. A refused step answers 409 with the failed checks.")
    @PostMapping("/episodes/{id}/{step:comparison|review|notice|township|county|elimination-visit|elimination-notice|eliminate}")
    Views.Detail step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) StepBody body,
                      Authentication user) {
        StepBody b = body == null ? StepBody.EMPTY : body;
        String actor = user.getName();
        return act(id, user, scope -> {
            switch (step) {
                case "comparison" -> monitoring.compare(scope, id, b.on(), b.runId(), b.comment(), actor);
                case "review" -> monitoring.democraticReview(scope, id, b.on(), b.isApproved(), b.comment(), actor);
                case "notice" -> monitoring.openNotice(scope, id, b.title(), b.on(), b.place(), actor);
                case "township" -> monitoring.townshipReview(scope, id, b.on(), b.isApproved(), b.comment(), actor);
                case "county" -> monitoring.countyDecision(scope, id, b.on(), b.isApproved(), b.comment(), actor);
                case "elimination-visit" -> care.eliminationVisit(scope, id, b.on(), b.visitors(), b.comment(), actor);
                case "elimination-notice" -> care.openEliminationNotice(scope, id, b.title(), b.on(), b.place(), actor);
                default -> care.eliminate(scope, id, b.on(), b.comment(), actor);
            }
        });
    }

    @Operation(summary = "Add a measure",
            description = "Adds an assistance measure to a monitoring case: its kind, start date and description.")
    @PostMapping("/episodes/{id}/measures")
    Views.Detail measure(@PathVariable long id, @RequestBody(required = false) MeasureBody body, Authentication user) {
        MeasureBody b = body == null ? new MeasureBody(null, null, null) : body;
        return act(id, user, scope -> care.addMeasure(scope, id, b.kind(), b.startedOn(), b.description(), user.getName()));
    }

    @Operation(summary = "Record a follow-up",
            description = "Records a follow-up of a monitoring case: whether the measures work and the risk persists.")
    @PostMapping("/episodes/{id}/follow-ups")
    Views.Detail followUp(@PathVariable long id, @RequestBody(required = false) Views.FollowUpInput body,
                          Authentication user) {
        return act(id, user, scope -> care.followUp(scope, id, body == null ? EMPTY_FOLLOW_UP : body, user.getName()));
    }

    @Operation(summary = "May the risk be eliminated?",
            description = "The checks that decide whether the risk of a case may be declared eliminated on the day (default today).")
    @GetMapping("/episodes/{id}/elimination-check")
    Verdict eliminationCheck(@PathVariable long id, @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Authentication user) {
        return care.eliminationCheck(users.scopeOf(user), id, date == null ? LocalDate.now() : date);
    }

    /** Checks the episode is in the caller's scope (404 otherwise) before reading the body, then acts. */
    private Views.Detail act(long id, Authentication user, java.util.function.Consumer<RegionScope> action) {
        RegionScope scope = users.scopeOf(user);
        monitoring.detail(scope, id);
        action.accept(scope);
        return monitoring.detail(scope, id);
    }


}
