package org.fupin.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.monitoring.RiskCare;
import org.fupin.monitoring.Views;
import org.fupin.region.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Help of a monitored household from its episode page (issue #10): measures, follow-up visits and the steps of risk
 * elimination, each through the {@link RiskCare} method the REST API calls.
 */
@Controller
record MonitoringCarePages(RiskCare care, MonitoringRefusals refusals, Users users) {

    @PostMapping("/monitoring/episodes/{id}/measures")
    String measure(@PathVariable long id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                   @RequestParam(defaultValue = "") String description, Authentication user, RedirectAttributes flash,
                   Locale locale) {
        RegionScope scope = users.scopeOf(user);
        return refusals.run(id, flash, locale, () -> care.addMeasure(scope, id, kind, on, description, user.getName()));
    }

    @PostMapping("/monitoring/episodes/{id}/follow-ups")
    String followUp(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                    @RequestParam(required = false) BigDecimal incomePerCapita,
                    @RequestParam(defaultValue = "false") boolean rigidResolved,
                    @RequestParam(defaultValue = "false") boolean guaranteesSecure,
                    @RequestParam(defaultValue = "false") boolean waterSecure,
                    @RequestParam(defaultValue = "") String note, Authentication user, RedirectAttributes flash,
                    Locale locale) {
        RegionScope scope = users.scopeOf(user);
        Views.FollowUpInput input = new Views.FollowUpInput(on, incomePerCapita, rigidResolved, guaranteesSecure,
                waterSecure, note);
        return refusals.run(id, flash, locale, () -> care.followUp(scope, id, input, user.getName()));
    }

    @PostMapping("/monitoring/episodes/{id}/elimination-visit")
    String eliminationVisit(@PathVariable long id,
                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                            @RequestParam(required = false) List<String> visitors,
                            @RequestParam(defaultValue = "") String comment, Authentication user,
                            RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        List<String> names = MonitoringEpisodePages.names(visitors);
        return refusals.run(id, flash, locale, () -> {
            if (on == null) throw new org.fupin.monitoring.MonitoringException("DATE_MISSING");
            care.eliminationVisit(scope, id, on, names, comment, user.getName());
        });
    }

    @PostMapping("/monitoring/episodes/{id}/elimination-notice")
    String eliminationNotice(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                             @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                             @RequestParam(defaultValue = "") String place, Authentication user,
                             RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        String shown = title.isBlank() ? refusals.text("monitoring.page.eliminationNoticeTitle", locale) : title;
        LocalDate start = on == null ? LocalDate.now() : on;
        return refusals.run(id, flash, locale,
                () -> care.openEliminationNotice(scope, id, shown, start, place, user.getName()));
    }

    @PostMapping("/monitoring/episodes/{id}/eliminate")
    String eliminate(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                     @RequestParam(defaultValue = "") String comment, Authentication user, RedirectAttributes flash,
                     Locale locale) {
        RegionScope scope = users.scopeOf(user);
        return refusals.run(id, flash, locale, () -> {
            if (on == null) throw new org.fupin.monitoring.MonitoringException("DATE_MISSING");
            care.eliminate(scope, id, on, comment, user.getName());
        });
    }
}
