package org.fupin.notice.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.fupin.access.Users;
import org.fupin.api.BadBody;
import org.fupin.api.Created;
import org.fupin.api.NotFoundException;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The photo or scan showing that a notice was posted, the file the posting form takes besides where and when
 * ({@code POST .../posting}), through {@link PublicNotices#attachEvidence} as the notice page, with the same scope
 * (the notice first, 404 outside it), upload limit for evidence and audit ({@code NOTICE_EVIDENCE}).
 */
@Tag(name = "Notice evidence", description = "Files (photos, scans) showing that a public notice was posted")
@RestController
record NoticeEvidenceApi(PublicNotices notices, Users users, UploadLimits limits) {

    @Operation(summary = "Attach a posting photo", description = "Attaches a file (a photo of the posted notice, a "
            + "scan) to the notice, within the caller's upload limit for evidence files (413 above it); 400 for an "
            + "empty file, 404 for a notice outside the caller's region. Audited. The notice's read lists its files.")
    @PostMapping(value = "/api/v1/identification/notices/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication user)
            throws IOException {
        RegionScope scope = users.scopeOf(user);
        notices.notice(scope, id).orElseThrow(() -> new NotFoundException("notice " + id));
        limits.check(UploadKind.EVIDENCE, file, user);
        if (file.isEmpty()) throw new BadBody("file", "must not be empty");
        return new Created(notices.attachEvidence(scope, id, file.getOriginalFilename(), file.getContentType(),
                file.getBytes(), user.getName()));
    }
}
