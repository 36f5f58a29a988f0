package org.fupin.assets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.assets.AssetFilter;
import org.fupin.assets.AssetImports;
import org.fupin.assets.AssetTemplate;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.imports.ImportReport;
import org.fupin.web.Sheets;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The asset template over REST: the import (importers, rows within their region) and the export in the same template. */
@RestController
@Tag(name = "Project asset template", description = "The project-asset XLSX template: import all or nothing with located "
        + "errors, export in the same template (an export imported back changes nothing)")
record AssetImportApi(AssetImports imports, AssetTemplate template, Users users, UploadLimits limits) {

    @PostMapping("/api/v1/imports/assets")
    @Operation(summary = "Import the asset template", description = "All or nothing; 422 with the errors located by "
            + "row, column and value in the caller's language when the file is rejected; dryRun checks without writing.")
    ResponseEntity<ImportReport> upload(@RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean dryRun, Authentication user,
                                        Locale locale) throws IOException {
        limits.check(UploadKind.IMPORT, file, user);
        Path temp = Files.createTempFile("fupin-assets", ".dat");
        try {
            file.transferTo(temp);
            ImportReport report = imports.importAssets(users.scopeOf(user), temp, dryRun, locale, user.getName());
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/api/v1/assets/regions/{code}/assets.xlsx")
    @Operation(summary = "Export in the import template", description = "The region's assets kept by the filter, with "
            + "the template's headers and words.")
    void export(@PathVariable String code, @RequestParam int year, @RequestParam(required = false) AssetType type,
                @RequestParam(required = false) String owner, @RequestParam(required = false) AssetStatus status,
                @RequestParam(required = false) AssetFilter.Alert alert, Authentication user,
                HttpServletResponse response) throws IOException {
        AssetFilter filter = new AssetFilter(type, owner, status, alert, year);
        response.setContentType(Sheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(code + "-assets.xlsx").build().toString());
        template.write(users.scopeOf(user), code, filter, response.getOutputStream());
    }
}
