package org.fupin.household.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fupin.access.Users;
import org.fupin.api.RecordSheets;
import org.fupin.household.RegistryExport;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.fupin.system.ReplicaReads;

/**
 * Bulk exchange of the registry (issue #27): a region's households of a year in the registry import template, the
 * same file the registry page exports, streamed; county and system administrators (full ID numbers), audited.
 */
@Tag(name = "Exchange", description = "Bulk downloads for other systems (a provincial platform): the registry in its "
        + "import template, a region's statistics and the monitoring list, streamed and within the caller's scope")
@RestController
@ReplicaReads
@RequestMapping("/api/v1/exchange")
record RegistryExchangeApi(RegistryExport export, Users users) {

    @Operation(summary = "Download the registry of a region", description = "Every household of the region in the year "
            + "in the columns of the registry import template (one row per member, full ID numbers), so the file "
            + "imports back unchanged. Streamed; county and system administrators only; audited as an export.")
    @ApiResponse(responseCode = "200", description = "The registry workbook", content = @Content(
            mediaType = RecordSheets.XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(value = "/regions/{code}/registry.xlsx", produces = RecordSheets.XLSX)
    void registry(@PathVariable String code, @RequestParam int year, Authentication user,
                  HttpServletResponse response) throws IOException {
        RegionScope scope = users.scopeOf(user);
        scope.require(code);   // out of scope: 404 before the download begins
        RecordSheets.begin(response, "registry-" + code + "-" + year + ".xlsx");
        export.write(scope, code, year, response.getOutputStream());
    }
}
