package org.fupin.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.assistance.AssistanceImport;
import org.fupin.api.NotFoundException;
import org.fupin.api.RecordSheets;
import org.fupin.assistance.ImportTemplate;
import org.fupin.assistance.TemplateSheet;
import org.fupin.imports.ImportReport;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The assistance import page over REST (issue #27): the empty templates it offers ({@link TemplateSheet}), and a
 * cadre, pairing or measure table uploaded as the page takes it, through {@link AssistanceImport#importUpload} (all
 * or nothing, the same located errors, the same audit), for county and system administrators as the page.
 */
@Tag(name = "Assistance imports", description = "The assistance XLSX templates (cadres, pairings, measures) imported "
        + "all or nothing, with every error located by row, column and value")
@RestController
record AssistanceImportApi(AssistanceImport importer, TemplateSheet sheets, Users users, UploadLimits limits) {

    @Operation(summary = "Download an empty assistance template", description = "The template's header row in the "
            + "caller's language, as the import page offers it: fill it in and upload it to the import route.")
    @ApiResponse(responseCode = "200", description = "The empty template", content = @Content(
            mediaType = RecordSheets.XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(value = "/api/v1/assistance/imports/{template}.xlsx", produces = RecordSheets.XLSX)
    void template(@PathVariable @Parameter(schema = @Schema(implementation = ImportTemplate.class)) String template,
                  Locale locale, HttpServletResponse response) throws IOException {
        ImportTemplate chosen = template(template);
        RecordSheets.begin(response, TemplateSheet.fileName(chosen));
        sheets.write(chosen, locale, response.getOutputStream());
    }

    @Operation(summary = "Import an assistance table", description = "Imports a filled-in template (CADRES: units and "
            + "their cadres, PAIRINGS: cadres paired with households, MEASURES: measures of households; Chinese or "
            + "English headers, XLSX or CSV) within the caller's region. All or nothing: 422 with every error located "
            + "by row, column and value in the caller's language when the file is rejected; dryRun checks without "
            + "writing. County and system administrators, as the assistance import page. Audited.")
    @PostMapping(value = "/api/v1/assistance/imports/{template}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> upload(@PathVariable @Parameter(schema = @Schema(implementation = ImportTemplate.class))
                                        String template, @RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean dryRun, Authentication user,
                                        Locale locale) throws IOException {
        ImportTemplate chosen = template(template);
        limits.check(UploadKind.ASSISTANCE, file, user);
        try (InputStream upload = file.getInputStream()) {
            ImportReport report = importer.importUpload(users.scopeOf(user), chosen, upload, dryRun, locale);
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
        }
    }

    /** The named template; another name is an unknown resource (404 NOT_FOUND), as on the import page. */
    private static ImportTemplate template(String name) {
        return ImportTemplate.named(name).orElseThrow(() -> new NotFoundException("assistance template " + name));
    }
}
