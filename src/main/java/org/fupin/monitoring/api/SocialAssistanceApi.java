package org.fupin.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.fupin.access.Users;
import org.fupin.monitoring.SocialAssistanceView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring and social assistance in one view (issue #17): the same view as the page, for other systems. */
@Tag(name = "Social assistance", description = "Monitoring and social assistance (minimum living, extreme poverty support, temporary assistance) in one view")
@RestController
@RequestMapping("/api/v1/monitoring")
record SocialAssistanceApi(SocialAssistanceView view, Users users) {

    @Operation(summary = "Monitoring and social assistance of a region",
            description = "The monitored households of the region with the social assistance they receive, the same view as the page.")
    @GetMapping("/layers")
    SocialAssistanceView.View layers(@RequestParam String region, @RequestParam(required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                     Authentication user) {
        return view.view(users.scopeOf(user), region, date == null ? LocalDate.now() : date);
    }
}
