package org.fupin.imports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fupin.api.NotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.imports.ImportKinds;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of a template file ({@code regions}, {@code village-facts} or {@code registry}); answers 200 with the
 * report when accepted, 422 with the report when rejected, 413 when the file is above the limit of its kind. Only
 * users who see the whole tree may import for now.
 */
@Tag(name = "Imports", description = "Upload of the national template files: regions, village facts and the registry")
@RestController
@RequestMapping("/api/v1/imports")
record ImportApi(ImportKinds kinds, Imports imports, Users users, UploadLimits limits) {

    @Operation(summary = "Import a template file",
            description = "Imports a template file of the kind in the path (regions, village-facts, registry); 200 with the report when accepted, 422 with the located errors when rejected, 413 above the size limit. dryRun checks without saving.")
    @PostMapping("/{kind}")
    ResponseEntity<ImportReport> upload(@PathVariable String kind, @RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean dryRun,
                                        @RequestParam(defaultValue = "false") boolean confirmStatusChanges,
                                        @RequestParam(defaultValue = "false") boolean partial,
                                        Authentication user, Locale locale) throws IOException {
        if (!RegionScope.ALL.equals(users.scopeOf(user))) return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        limits.check(kind.equals("registry") ? UploadKind.REGISTRY : UploadKind.IMPORT, file, user);
        Path temp = Files.createTempFile("fupin-upload", ".dat");
        try {
            file.transferTo(temp);
            ImportReport report = kind.equals("registry")
                    ? imports.importRegistry(temp, dryRun, confirmStatusChanges, partial, locale)
                    : kinds.run(kind, temp, dryRun, locale)
                            .orElseThrow(() -> new NotFoundException("import kind " + kind));
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
