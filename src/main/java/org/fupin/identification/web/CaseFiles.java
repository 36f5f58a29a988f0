package org.fupin.identification.web;

import java.io.IOException;
import org.fupin.access.Users;
import org.fupin.identification.IdentificationCases;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Evidence files: attachments of a case's steps and scans of a posted notice, uploaded and downloaded in scope. */
@Controller
record CaseFiles(IdentificationCases cases, PublicNotices notices, Users users, org.fupin.web.UploadLimits limits) {

    @PostMapping("/identification/cases/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Authentication user,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes flash, java.util.Locale locale)
            throws IOException {
        RegionScope scope = users.scopeOf(user);
        cases.find(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("case " + id));
        var tooLarge = limits.refusal(org.fupin.web.UploadKind.EVIDENCE, file, user, locale);
        if (tooLarge.isPresent()) {
            flash.addFlashAttribute("error", tooLarge.get());
        } else if (file != null && !file.isEmpty()) {
            cases.attach(scope, id, file.getOriginalFilename(), file.getContentType(), file.getBytes(),
                    IdentificationPages.actor(user));
        }
        return "redirect:/identification/cases/" + id;
    }

    @GetMapping("/identification/cases/{id}/attachments")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @RequestParam(defaultValue = "0") long file,
                                      Authentication user) {
        RegionScope scope = users.scopeOf(user);
        byte[] content = cases.attachment(scope, id, file)
                .orElseThrow(() -> new RegionScope.OutOfScopeException("attachment " + file));
        String name = cases.attachments(scope, id).stream().filter(a -> a.id() == file).findFirst()
                .map(a -> a.fileName()).orElse("attachment");
        return download(content, name);
    }

    @GetMapping("/identification/notices/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @RequestParam(defaultValue = "0") long file,
                                    Authentication user) {
        byte[] content = notices.evidence(users.scopeOf(user), id, file)
                .orElseThrow(() -> new RegionScope.OutOfScopeException("evidence " + file));
        return download(content, "evidence-" + file);
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
