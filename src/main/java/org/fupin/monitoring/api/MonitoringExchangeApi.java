package org.fupin.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.api.RecordSheets;
import org.fupin.monitoring.MonitoringDashboard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bulk exchange of the monitoring list (issue #27): every monitored household of a region on a day. */
@Tag(name = "Exchange", description = "Bulk downloads for other systems (a provincial platform): the registry in its "
        + "import template, a region's statistics and the monitoring list, streamed and within the caller's scope")
@RestController
@RequestMapping("/api/v1/exchange")
record MonitoringExchangeApi(MonitoringDashboard dashboard, Users users) {

    @Operation(summary = "Download the monitoring list", description = "Every monitoring case of the region (default "
            + "the caller's) on the day (default today), one row each, the columns named as the properties of GET "
            + "/api/v1/monitoring/list (the case's properties as episode.*). Written row by row; audited as an export.")
    @ApiResponse(responseCode = "200", description = "The monitoring list workbook", content = @Content(
            mediaType = RecordSheets.XLSX, schema = @Schema(type = "string", format = "binary")))
    @GetMapping(value = "/monitoring/list.xlsx", produces = RecordSheets.XLSX)
    void list(@RequestParam(required = false) String region,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
              Authentication user, HttpServletResponse response) throws IOException {
        List<MonitoringDashboard.Row> rows = dashboard.list(users.scopeOf(user), region,
                date == null ? LocalDate.now() : date, null, null);   // out of scope: 404 before the download
        RecordSheets.begin(response, "monitoring-" + (region == null ? "list" : region) + ".xlsx");
        RecordSheets.write(response.getOutputStream(), "monitoring", MonitoringDashboard.Row.class, rows);
    }
}
