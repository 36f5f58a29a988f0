package org.fupin.identification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.api.BadBody;
import org.fupin.api.Created;
import org.fupin.api.NotFoundException;
import org.fupin.identification.Actor;
import org.fupin.identification.CaseRecord;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.StepInput;
import org.fupin.kernel.Verdict;
import org.fupin.notice.Explanations;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a case's page shows beside its steps, over REST (issue #27): whether the current step may be recorded (the
 * page's readiness checks) and the evidence files attached to the case, through {@link IdentificationCases} as the
 * case page and its file routes; the case is found in the caller's scope first (404 otherwise).
 */
@Tag(name = "Identification case files", description = "The checks the current step of a case must pass and the "
        + "evidence files attached to a case")
@RestController
@RequestMapping("/api/v1/identification/cases/{id}")
record CaseFilesApi(IdentificationCases cases, Users users, UploadLimits limits) {

    @Operation(summary = "May the current step be recorded?",
            description = "Every check the current step of an open case must pass if the caller recorded it on the day "
                    + "given (today when absent): the caller's role, the dates, a running notice, the policy; the same "
                    + "checks the case page lists. 409 CASE_CLOSED for a closed case.")
    @GetMapping("/readiness")
    Verdict readiness(@PathVariable long id, @Parameter(description = "The day the step would be recorded")
                      @RequestParam(required = false) LocalDate date, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        return cases.mayComplete(scope, id, Explanations.role(user),
                new StepInput(date == null ? LocalDate.now() : date, "", null, null));
    }

    @Operation(summary = "The case's evidence files",
            description = "The files attached to the case: name, type, size, step and who uploaded it.")
    @GetMapping("/attachments")
    List<CaseRecord.Attachment> attachments(@PathVariable long id, Authentication user) {
        return cases.attachments(users.scopeOf(user), id);
    }

    @Operation(summary = "Attach an evidence file",
            description = "Attaches a file (a scan, a photo) to the case at its current step, within the upload limit "
                    + "of evidence files for the caller; 400 for an empty file. Audited.")
    @PostMapping(value = "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication user)
            throws IOException {
        RegionScope scope = users.scopeOf(user);
        require(scope, id);
        limits.check(UploadKind.EVIDENCE, file, user);
        if (file.isEmpty()) throw BadBody.because("file", "api.file.empty");
        return new Created(cases.attach(scope, id, file.getOriginalFilename(), file.getContentType(), file.getBytes(),
                new Actor(user.getName(), Explanations.role(user))));
    }

    @Operation(summary = "Download an evidence file",
            description = "The content of one file attached to the case, with its name.")
    @GetMapping(value = "/attachments/{file}", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long file, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        byte[] content = cases.attachment(scope, id, file).orElseThrow(() -> new NotFoundException("attachment " + file));
        String name = cases.attachments(scope, id).stream().filter(a -> a.id() == file).findFirst()
                .map(CaseRecord.Attachment::fileName).orElse("attachment");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private void require(RegionScope scope, long id) {
        cases.find(scope, id).orElseThrow(() -> new NotFoundException("case " + id));
    }
}
