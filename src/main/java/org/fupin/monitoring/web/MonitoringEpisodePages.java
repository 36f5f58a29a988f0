package org.fupin.monitoring.web;

import org.fupin.notice.Explanations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.monitoring.Monitoring;
import org.fupin.monitoring.MonitoringException;
import org.fupin.monitoring.RiskCare;
import org.fupin.monitoring.Views;
import org.fupin.monitoring.domain.Procedure;
import org.fupin.region.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One monitoring episode (issue #10): the household, its clues, the steps done, measures and follow-ups, and the
 * form of the step due. Each form posts to the {@link Monitoring} method the REST API calls; refusals show here.
 */
@Controller
record MonitoringEpisodePages(Monitoring monitoring, RiskCare care, MonitoringRefusals refusals, Users users,
                              org.fupin.region.RegionDirectory regions, org.fupin.comparison.Comparison comparison,
                              List<org.fupin.monitoring.VisitorSuggestions> suggestions) {

    @GetMapping("/monitoring/episodes/{id}")
    String episode(@PathVariable long id, Authentication user, Model model, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        Views.Detail detail = monitoring.detail(scope, id);
        Views.Status status = detail.episode().status();
        List<Procedure.Step> done = detail.steps().stream().map(s -> Procedure.Step.valueOf(s.step())).toList();
        LocalDate today = LocalDate.now();
        model.addAttribute("d", detail);
        model.addAttribute("e", detail.episode());
        model.addAttribute("villageName", regions.find(users.scopeOf(user), detail.episode().villageCode())
                .map(org.fupin.region.Region::name).orElse(detail.episode().villageCode()));
        model.addAttribute("today", today);
        model.addAttribute("riskTypes", monitoring.riskTypes());
        // the visit forms come with the current user and the household's paired cadre (issue #20)
        Long household = detail.episode().householdId();
        model.addAttribute("visitors", household == null ? "" : String.join("\u3001", suggestions.stream()
                .flatMap(s -> s.visitors(scope, household, user).stream()).distinct().toList()));
        try {
            monitoring.reckoning(scope, id).ifPresent(r -> model.addAttribute("reckoning", r.checks().stream()
                    .map(c -> new Explanations.Line(refusals.sentence(c, locale), c.passed())).toList()));
        } catch (MonitoringException noRange) {
            model.addAttribute("reckoningError", refusals.message(noRange, locale));
        }
        if (status == Views.Status.IDENTIFYING) {
            // the comparison step picks a run of the county by its date and scope, never a typed number
            java.time.format.DateTimeFormatter minutes = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            model.addAttribute("runs", comparison.runs(scope).stream().filter(r -> detail.episode().villageCode()
                    .startsWith(r.scopeCode().replaceAll("0+$", ""))).limit(20)
                    .map(r -> java.util.Map.entry(r.id(), refusals.text("monitoring.page.runOption", locale,
                            r.year(), minutes.format(r.startedAt().atZone(java.time.ZoneId.systemDefault())), r.newHits())))
                    .toList());
            model.addAttribute("current", Procedure.next(Procedure.IDENTIFICATION, done).orElse(null));
        }
        if (status == Views.Status.MONITORED) {
            model.addAttribute("current", Procedure.next(Procedure.ELIMINATION, done).orElse(null));
            model.addAttribute("measureKinds", care.measureKinds().keySet());
            try {
                model.addAttribute("criteria", care.eliminationCheck(scope, id, today).checks().stream()
                        .map(c -> new Explanations.Line(refusals.sentence(c, locale), c.passed())).toList());
            } catch (MonitoringException noRange) {
                model.addAttribute("criteriaError", refusals.message(noRange, locale));
            }
        }
        return "monitoring/episode";
    }

    @PostMapping("/monitoring/episodes/{id}/visit")
    String visit(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                 @RequestParam(required = false) List<String> visitors,
                 @RequestParam(defaultValue = "false") boolean consentSigned,
                 @RequestParam(defaultValue = "") String consentEvidence,
                 @RequestParam(required = false) BigDecimal incomePerCapita,
                 @RequestParam(required = false) BigDecimal rigidExpenditure,
                 @RequestParam(defaultValue = "false") boolean exited, @RequestParam(defaultValue = "false") boolean hasLabour,
                 @RequestParam(required = false) List<String> riskTypes, @RequestParam(defaultValue = "") String comment,
                 Authentication user, RedirectAttributes flash, Locale locale) {
        Views.VisitInput visit = new Views.VisitInput(on, names(visitors), consentSigned, consentEvidence,
                incomePerCapita, rigidExpenditure == null ? BigDecimal.ZERO : rigidExpenditure, exited, hasLabour,
                riskTypes == null ? List.of() : riskTypes, comment);
        RegionScope scope = users.scopeOf(user);
        return refusals.run(id, flash, locale, () -> monitoring.homeVisit(scope, id, visit, user.getName()));
    }

    @PostMapping("/monitoring/episodes/{id}/comparison")
    String comparison(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                      @RequestParam(required = false) Long runId, @RequestParam(defaultValue = "") String comment,
                      Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        return refusals.run(id, flash, locale, () -> monitoring.compare(scope, id, on, runId, comment, user.getName()));
    }

    @PostMapping("/monitoring/episodes/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                  @RequestParam(defaultValue = "true") boolean approved, @RequestParam(defaultValue = "") String comment,
                  Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        return refusals.run(id, flash, locale,
                () -> monitoring.democraticReview(scope, id, on, approved, comment, user.getName()));
    }

    @PostMapping("/monitoring/episodes/{id}/notice")
    String notice(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                  @RequestParam(defaultValue = "") String place, Authentication user, RedirectAttributes flash,
                  Locale locale) {
        RegionScope scope = users.scopeOf(user);
        String shown = title.isBlank() ? refusals.text("monitoring.page.noticeTitle", locale) : title;
        LocalDate start = on == null ? LocalDate.now() : on;
        return refusals.run(id, flash, locale, () -> monitoring.openNotice(scope, id, shown, start, place, user.getName()));
    }

    @PostMapping("/monitoring/episodes/{id}/township")
    String township(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                    @RequestParam(defaultValue = "true") boolean approved, @RequestParam(defaultValue = "") String comment,
                    Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        return refusals.run(id, flash, locale,
                () -> monitoring.townshipReview(scope, id, on, approved, comment, user.getName()));
    }

    @PostMapping("/monitoring/episodes/{id}/county")
    String county(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on,
                  @RequestParam(defaultValue = "true") boolean approved, @RequestParam(defaultValue = "") String comment,
                  Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        return refusals.run(id, flash, locale,
                () -> monitoring.countyDecision(scope, id, on, approved, comment, user.getName()));
    }

    /** Visitors typed in one field (separated by commas, 、 or spaces) or sent as several values. */
    static List<String> names(List<String> values) {
        if (values == null) return List.of();
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split("[,;\\s\\u3001\\uFF0C\\uFF1B]+")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
