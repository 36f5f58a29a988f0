package org.fupin.facilities.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.facilities.Coverage;
import org.fupin.facilities.Facilities;
import org.fupin.facilities.VillageFacility;
import org.fupin.imports.ImportReport;
import org.fupin.facilities.FacilityImports;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Village facilities: a region's coverage per type, its rows, and the import of a facility table. */
@Tag(name = "Facilities", description = "Village facilities (roads, water, electricity, clinics, ...) and their coverage")
@RestController
record FacilityApi(Facilities facilities, Users users, FacilityImports imports, UploadLimits limits) {

    @Operation(summary = "Facility coverage of a region",
            description = "For each facility type, how many villages of the region have it in the year.")
    @GetMapping("/api/v1/facilities/{code}")
    Coverage coverage(@PathVariable String code, @RequestParam int year, Authentication user) {
        return facilities.coverage(users.scopeOf(user), code, year);
    }

    @Operation(summary = "Facilities of every village",
            description = "Each village of the region with its facilities in the year.")
    @GetMapping("/api/v1/facilities/{code}/rows")
    List<VillageFacility> rows(@PathVariable String code, @RequestParam int year, Authentication user) {
        return facilities.rows(users.scopeOf(user), code, year);
    }

    /**
     * Imports a facility table for a year (importers of the whole tree, like every import); 422 with the located
     * errors when the file is rejected.
     */
    @Operation(summary = "Import a facility table",
            description = "Imports a facility table for a year (importers of the whole tree); 422 with the located errors when rejected.")
    @org.springframework.web.bind.annotation.PostMapping("/api/v1/imports/facilities")
    org.springframework.http.ResponseEntity<ImportReport> upload(@RequestParam int year,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Authentication user, java.util.Locale locale)
            throws java.io.IOException {
        if (!RegionScope.ALL.equals(users.scopeOf(user))) {
            return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.FORBIDDEN).build();
        }
        limits.check(UploadKind.INDICATORS, file, user);
        java.nio.file.Path temp = java.nio.file.Files.createTempFile("fupin-facilities", ".dat");
        try {
            file.transferTo(temp);
            ImportReport report = imports.importFacilities(temp, year, dryRun, locale);
            return org.springframework.http.ResponseEntity.status(report.accepted()
                    ? org.springframework.http.HttpStatus.OK : org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT).body(report);
        } finally {
            java.nio.file.Files.deleteIfExists(temp);
        }
    }
}
