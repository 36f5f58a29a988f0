package org.fupin.statistics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.api.RecordSheets;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.fupin.system.ReplicaReads;

/** Bulk exchange of a region's statistics (issue #27): the region and every region below it, one row each. */
@Tag(name = "Exchange", description = "Bulk downloads for other systems (a provincial platform): the registry in its "
        + "import template, a region's statistics and the monitoring list, streamed and within the caller's scope")
@RestController
@ReplicaReads
@RequestMapping("/api/v1/exchange")
record StatisticsExchangeApi(Statistics statistics, Users users) {

    @Operation(summary = "Download a region's statistics", description = "The figures of the region and of every region "
            + "below it in the year, one row per region, the columns named as the properties of GET "
            + "/api/v1/statistics/{code}. Written row by row; audited as an export.")
    @ApiResponse(responseCode = "200", description = "The statistics workbook", content = @Content(
            mediaType = RecordSheets.XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(value = "/regions/{code}/statistics.xlsx", produces = RecordSheets.XLSX)
    void statistics(@PathVariable String code, @RequestParam int year, Authentication user,
                    HttpServletResponse response) throws IOException {
        RegionScope scope = users.scopeOf(user);
        List<RegionStatistics> rows = statistics.withDescendants(scope, code, year);   // 404 before the download
        RecordSheets.begin(response, "statistics-" + code + "-" + year + ".xlsx");
        RecordSheets.write(response.getOutputStream(), "statistics", RegionStatistics.class, rows);
    }
}
