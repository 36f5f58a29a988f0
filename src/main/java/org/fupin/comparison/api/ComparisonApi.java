package org.fupin.comparison.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fupin.api.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.comparison.Comparison;
import org.fupin.comparison.ListSource;
import org.fupin.comparison.Refused;
import org.fupin.comparison.Views;
import org.fupin.comparison.domain.ListType;
import org.fupin.comparison.domain.Review;
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
 * Data comparison (issue #11): lists ({@code POST /lists/{kind}}: 200 accepted, 422 rejected with located errors),
 * runs, the queue, one hit with its evidence (audited), its review, consents and the hand-off requests.
 */
@Tag(name = "Comparison", description = "Comparison of the registry with other departments' lists (vehicles, property, companies, payrolls, deaths, social assistance, medical costs) and the review of each hit")
@RestController
@RequestMapping("/api/v1/comparison")
record ComparisonApi(Comparison comparison, Users users, UploadLimits limits) {

    @Operation(summary = "Import a comparison list",
            description = "Imports a department's list of the kind in the path; 200 when accepted, 422 with the located errors when rejected.")
    @PostMapping("/lists/{kind}")
    ResponseEntity<Views.ListImport> importList(@PathVariable("kind") ListType type, @RequestParam String department,
                                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                                @RequestParam("file") MultipartFile file,
                                                Authentication user, Locale locale) throws IOException {
        limits.check(UploadKind.COMPARISON, file, user);
        Path temp = Files.createTempFile("fupin-list", ".dat");
        try {
            file.transferTo(temp);
            Views.ListImport result = comparison.importList(temp, new ListSource(type, department, asOf), locale);
            return ResponseEntity.status(result.report().accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(result);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Operation(summary = "Imported lists",
            description = "The lists imported for comparison, with their department and date.")
    @GetMapping("/lists")
    List<Views.Batch> lists() { return comparison.batches(); }

    @Operation(summary = "Comparison rules",
            description = "The rules that turn a match into a hit in the year.")
    @GetMapping("/rules")
    List<Views.Rule> rules(@RequestParam int year) { return comparison.rules(year); }

    public record RunRequest(String region, int year) {}

    @Operation(summary = "Run a comparison",
            description = "Compares the registry of a region and year with the imported lists.")
    @PostMapping("/runs")
    Views.Run run(@RequestBody RunRequest request, Authentication user) {
        return comparison.run(users.scopeOf(user), request.region(), request.year());
    }

    @Operation(summary = "Comparison runs",
            description = "The comparison runs of the caller's region.")
    @GetMapping("/runs")
    List<Views.Run> runs(Authentication user) { return comparison.runs(users.scopeOf(user)); }

    @Operation(summary = "The review queue",
            description = "The hits of the region (default the caller's), filtered by review status.")
    @GetMapping("/hits")
    Views.Queue hits(@RequestParam(required = false) String region, @RequestParam(required = false) Review.Status status,
                     Authentication user) {
        return comparison.queue(users.scopeOf(user), region, status);
    }

    @Operation(summary = "One hit",
            description = "A hit with its evidence; reading it is audited.")
    @GetMapping("/hits/{id}")
    Views.HitDetail hit(@PathVariable long id, Authentication user) {
        return comparison.hit(users.scopeOf(user), id).orElseThrow(() -> new NotFoundException("hit " + id));
    }

    /** Form fields {@code decision} (CONFIRM or DISMISS) and {@code note} (the reason, required to dismiss). */
    @Operation(summary = "Review a hit",
            description = "Records the decision on a hit (confirmed, dismissed) with a comment.")
    @PostMapping("/hits/{id}/review")
    Views.HitDetail review(@PathVariable long id, @RequestParam(required = false) Review.Decision decision,
                           @RequestParam(required = false) String note, Authentication user) {
        return comparison.review(users.scopeOf(user), id, decision, note);
    }

    /** Form fields {@code signedOn} (ISO date) and {@code evidence} (where the signed form is kept). */
    @Operation(summary = "Record a consent",
            description = "Records whether a household consented to the comparison of its data.")
    @PostMapping("/households/{id}/consent")
    Views.Consent consent(@PathVariable long id, @RequestParam(required = false)
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
                          @RequestParam(required = false) String evidence, Authentication user) {
        return comparison.recordConsent(users.scopeOf(user), id, signedOn, evidence);
    }

    @Operation(summary = "Hand-off requests",
            description = "Confirmed hits handed to identification as requests for a case.")
    @GetMapping("/requests")
    List<Views.CaseRequest> requests(Authentication user) { return comparison.caseRequests(users.scopeOf(user)); }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
        problem.setProperty("code", "REFUSED");
        problem.setProperty("problems", refused.problems());
        return ResponseEntity.unprocessableContent().body(problem);
    }

}
