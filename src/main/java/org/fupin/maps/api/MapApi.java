package org.fupin.maps.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fupin.access.Users;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.maps.Crs;
import org.fupin.maps.MapFigure;
import org.fupin.maps.MapView;
import org.fupin.maps.Maps;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Maps (issue #24): the data a map is drawn from, the battle map, and the import of GeoJSON boundaries. */
@RestController
@Tag(name = "Maps", description = "Township and village boundaries imported as GeoJSON, choropleths of region figures "
        + "and the battle map, within the caller's scope")
record MapApi(Maps maps, Users users, UploadLimits limits) {

    @GetMapping("/api/v1/maps/{code}")
    @Operation(summary = "A region's map", description = "Outlines (GeoJSON FeatureCollection) of the region's townships "
            + "or villages for the year, each area's figure, legend class and colour, the legend breaks and the village "
            + "points with their facilities. protect=true hides small counts as shared maps do (ADR 0028).")
    MapView map(@PathVariable String code, @RequestParam int year, @RequestParam MapFigure figure,
                @RequestParam(required = false) RegionLevel level, @RequestParam(defaultValue = "false") boolean protect,
                Authentication user) {
        RegionScope scope = users.scopeOf(user);
        RegionLevel drawn = level != null ? level : Maps.defaultLevel(org.fupin.region.RegionCode.of(code).level());
        return maps.view(scope, code, year, figure, drawn, protect);
    }

    @GetMapping("/api/v1/maps/{code}/battle")
    @Operation(summary = "The battle map", description = "The region's villages in the year against the battle plan: "
            + "exited, due this year, overdue, planned later, not planned (legend classes 0–4).")
    MapView battle(@PathVariable String code, @RequestParam int year, Authentication user) {
        return maps.battle(users.scopeOf(user), code, year);
    }

    @PostMapping("/api/v1/imports/map-boundaries")
    @Operation(summary = "Import boundaries", description = "A GeoJSON FeatureCollection of township and village "
            + "boundaries and village points for a year in the stated coordinate system (importers of the whole tree); "
            + "all or nothing, 422 with the located errors when refused.")
    ResponseEntity<ImportReport> upload(@RequestParam int year, @RequestParam Crs crs, @RequestParam("file") MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean dryRun, Authentication user) throws IOException {
        if (!RegionScope.ALL.equals(users.scopeOf(user))) return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        limits.check(UploadKind.INDICATORS, file, user);
        Path temp = Files.createTempFile("fupin-boundaries", ".geojson");
        try {
            file.transferTo(temp);
            ImportReport report = maps.importBoundaries(temp, year, crs, false, dryRun, Imports.DEFAULT_LOCALE);
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
