package org.fupin.monitoring.web;

import org.fupin.access.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.imports.ImportReport;
import org.fupin.monitoring.MonitoringDashboard;
import org.fupin.monitoring.MonitoringRanges;
import org.fupin.monitoring.WarningImport;
import org.fupin.region.RegionScope;
import org.fupin.web.UploadKind;
import org.fupin.web.UploadLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The monitoring dashboard (issue #10): counts by dimension, the list behind a count, alerts, warning import. */
@Controller
record MonitoringPages(MonitoringDashboard dashboard, WarningImport warnings, MonitoringRanges ranges,
                       org.fupin.region.RegionDirectory regions, Users users, UploadLimits limits) {

    /** County and system administrators set the county's monitoring parameters and ranges. */
    static boolean mayConfigure(Authentication user) {
        return Role.administers(user);
    }

    @GetMapping("/monitoring")
    String board(@RequestParam(required = false) String region,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                 @RequestParam(required = false) MonitoringDashboard.Dimension dimension,
                 @RequestParam(required = false) String key, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        LocalDate shown = date == null ? LocalDate.now() : date;
        String area = region == null || region.isBlank() ? null : region.strip();
        model.addAttribute("region", area == null ? "" : area);
        model.addAttribute("date", shown);
        model.addAttribute("board", dashboard.board(scope, area, shown));
        model.addAttribute("dimensions", MonitoringDashboard.Dimension.values());
        model.addAttribute("dimension", dimension);
        model.addAttribute("key", key);
        model.addAttribute("rows", dimension == null && key == null ? null
                : dashboard.list(scope, area, shown, dimension, key));
        var alerts = dashboard.alerts(scope, area, shown);
        model.addAttribute("alerts", alerts);
        // regions are shown by name: the township and village counts, the villages of the list and of the alerts
        java.util.Set<String> codes = new java.util.HashSet<>();
        var board = (MonitoringDashboard.Board) model.getAttribute("board");
        board.counts().stream().filter(c -> c.dimension() == MonitoringDashboard.Dimension.TOWNSHIP
                || c.dimension() == MonitoringDashboard.Dimension.VILLAGE).forEach(c -> codes.add(c.key()));
        alerts.forEach(a -> codes.add(a.villageCode()));
        if (model.getAttribute("rows") instanceof java.util.List<?> rows) {
            rows.forEach(r -> codes.add(((MonitoringDashboard.Row) r).episode().villageCode()));
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        codes.forEach(code -> regions.find(scope, code).ifPresent(r -> names.put(code, r.name())));
        model.addAttribute("names", names);
        // a year without a range is said, never a silent refusal of every clue
        String rangeRegion = area != null ? area
                : regions.roots(scope).stream().findFirst().map(org.fupin.region.Region::code).orElse(null);
        org.fupin.region.RegionCode.Parsed parsed = org.fupin.region.RegionCode.parse(rangeRegion);
        boolean noRange = parsed.isValid() && scope.permits(parsed.code())
                && ranges.find(shown.getYear(), parsed.code().value()).isEmpty();
        model.addAttribute("noRangeYear", noRange ? shown.getYear() : null);
        model.addAttribute("rangeRegion", rangeRegion);
        model.addAttribute("canConfigure", mayConfigure(user));
        return "monitoring/monitoring";
    }

    @PostMapping("/monitoring/warnings")
    String importWarnings(@RequestParam String department, @RequestParam("file") MultipartFile file,
                          Authentication user, Locale locale, Model model) throws IOException {
        limits.check(UploadKind.IMPORT, file, user);
        Path temp = Files.createTempFile("fupin-warnings", ".dat");
        ImportReport report;
        try {
            file.transferTo(temp);
            report = warnings.importWarnings(users.scopeOf(user), temp, department, locale, user.getName());
        } finally {
            Files.deleteIfExists(temp);
        }
        model.addAttribute("report", report);
        return board(null, null, null, null, user, model);
    }
}
