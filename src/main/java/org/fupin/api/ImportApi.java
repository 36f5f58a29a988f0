package org.fupin.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fupin.access.Users;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
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
 * report when accepted, 422 with the report when rejected. Only users who see the whole tree may import for now.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

    private final Imports imports;
    private final Users users;

    ImportApi(Imports imports, Users users) {
        this.imports = imports;
        this.users = users;
    }

    @PostMapping("/{kind}")
    ResponseEntity<ImportReport> upload(@PathVariable String kind, @RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean dryRun,
                                        Authentication user) throws IOException {
        if (!RegionScope.ALL.equals(users.scopeOf(user))) return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        Path temp = Files.createTempFile("fupin-upload", ".dat");
        try {
            file.transferTo(temp);
            ImportReport report = switch (kind) {
                case "regions" -> imports.importRegions(temp, dryRun, Imports.DEFAULT_LOCALE);
                case "village-facts" -> imports.importVillageFacts(temp, dryRun, Imports.DEFAULT_LOCALE);
                case "indicator-set" -> imports.importIndicatorSet(temp, dryRun, Imports.DEFAULT_LOCALE);
                case "indicator-values" -> imports.importIndicatorValues(temp, dryRun, Imports.DEFAULT_LOCALE);
                case "registry" -> imports.importRegistry(temp, dryRun, Imports.DEFAULT_LOCALE);
                default -> throw new NotFoundException("import kind " + kind);
            };
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
