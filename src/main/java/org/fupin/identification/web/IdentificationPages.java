package org.fupin.identification.web;

import org.fupin.notice.Explanations;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.identification.Actor;
import org.fupin.identification.CaseDecisions;
import org.fupin.identification.CaseException;
import org.fupin.identification.CaseNotices;
import org.fupin.identification.CaseOverview;
import org.fupin.identification.CaseRecord;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.StepInput;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Meeting;
import org.fupin.identification.domain.Step;
import org.fupin.region.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Identification and exit cases: the list, a case with its steps and forms, and the decision explained. */
@Controller
record IdentificationPages(IdentificationCases cases, CaseOverview overview, CaseDecisions decisions,
                           CaseNotices caseNotices, Explanations explanations, Users users,
                           org.fupin.region.RegionDirectory regions, org.fupin.household.HouseholdRegistry households) {

    @GetMapping("/identification")
    String list(@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String openVillage, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        var rows = overview.rows(scope, kind, year, LocalDate.now());
        model.addAttribute("rows", rows);
        java.util.Map<String, String> villageNames = new java.util.HashMap<>();
        rows.stream().map(r -> r.record().villageCode()).distinct()
                .forEach(v -> regions.find(scope, v).ifPresent(r -> villageNames.put(v, r.name())));
        model.addAttribute("villageNames", villageNames);
        // a case is opened for a household picked by name in a picked village, never by a typed record id
        model.addAttribute("openVillage", openVillage);
        if (openVillage != null && !openVillage.isBlank() && scope.permits(openVillage)) {
            int latest = households.years(scope).stream().max(Integer::compare).orElse(LocalDate.now().getYear());
            model.addAttribute("pickHouseholds", households.households(scope, openVillage, latest, 0, 1000).rows());
        }
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("kinds", CaseKind.values());
        return "identification/cases";
    }

    @GetMapping("/identification/cases/{id}")
    String casePage(@PathVariable long id, Authentication user, Model model, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        CaseRecord c = require(scope, id);
        model.addAttribute("c", c);
        model.addAttribute("row", overview.row(c, LocalDate.now()));
        model.addAttribute("steps", c.kind().steps());
        model.addAttribute("attachments", cases.attachments(scope, id));
        model.addAttribute("today", LocalDate.now());
        if (c.isOpen()) {
            Step step = Step.valueOf(c.status());
            model.addAttribute("current", step);
            model.addAttribute("backdateDays", cases.backdateDays(c));
            model.addAttribute("readiness", explanations.lines(cases.mayComplete(scope, id, Explanations.role(user),
                    new StepInput(LocalDate.now(), "", null, null)), locale));
        }
        return "identification/case";
    }

    @GetMapping("/identification/cases/{id}/decision")
    String decision(@PathVariable long id, Authentication user, Model model, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        CaseRecord c = require(scope, id);
        CaseDecisions.Decision decision = decisions.decide(scope, c, null, LocalDate.now());
        model.addAttribute("c", c);
        model.addAttribute("decision", decision);
        model.addAttribute("lines", explanations.lines(decision.verdict(), locale));
        model.addAttribute("guarantees", explanations.lines(decision.guarantees(), locale));
        return "identification/decision";
    }

    @PostMapping("/identification/cases")
    String open(@RequestParam(required = false) Long householdId, @RequestParam(defaultValue = "IDENTIFICATION") CaseKind kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Authentication user, RedirectAttributes flash, Locale locale) {
        if (householdId == null) throw new RegionScope.OutOfScopeException("household");
        try {
            long id = cases.open(users.scopeOf(user), kind, householdId, date == null ? LocalDate.now() : date, actor(user));
            return "redirect:/identification/cases/" + id;
        } catch (CaseException e) {
            flash.addFlashAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
            return "redirect:/identification";
        }
    }

    @PostMapping("/identification/cases/{id}/steps")
    String complete(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(defaultValue = "") String comment,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingDate,
                    @RequestParam(required = false) Integer attendance, @RequestParam(required = false) Integer votesFor,
                    @RequestParam(required = false) Integer votesAgainst,
                    @RequestParam(required = false) Boolean foodAndClothing,
                    @RequestParam(defaultValue = "") String backdateReason, @RequestParam(required = false) String step,
                    @RequestParam Map<String, String> typed, Authentication user, RedirectAttributes flash,
                    Locale locale) {
        RegionScope scope = users.scopeOf(user);
        CaseRecord c = require(scope, id);
        LocalDate on = date == null ? LocalDate.now() : date;
        Meeting meeting = meetingDate == null ? null : new Meeting(meetingDate, value(attendance), value(votesFor),
                value(votesAgainst));
        String done = act(id, flash, locale, () -> {
            refuseIfStale(step, c);
            cases.complete(scope, id, Step.valueOf(c.status()),
                    new StepInput(on, comment, meeting, Boolean.TRUE.equals(foodAndClothing), backdateReason), actor(user));
        });
        // a refused step keeps what the user typed, so nothing has to be entered twice
        if (flash.getFlashAttributes().containsKey("error")) {
            Map<String, String> kept = new java.util.HashMap<>(typed);
            kept.remove("_csrf");
            flash.addFlashAttribute("typed", kept);
        }
        return done;
    }

    @PostMapping("/identification/cases/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(defaultValue = "") String reasons, @RequestParam(required = false) String step,
                  Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        CaseRecord c = require(scope, id);
        return act(id, flash, locale, () -> {
            refuseIfStale(step, c);
            cases.reject(scope, id, date == null ? LocalDate.now() : date, reasons, actor(user));
        });
    }

    /**
     * The step and reject forms name the step they were shown for: a form posted after someone else recorded that
     * step would otherwise record or reject the case's next step (optimistic locking, issue #23, ADR 0031).
     */
    private static void refuseIfStale(String shownStep, CaseRecord c) {
        if (shownStep != null && !shownStep.equals(c.status())) throw new CaseException("STEP_STALE");
    }

    @PostMapping("/identification/cases/{id}/notice")
    String openNotice(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                      @RequestParam(defaultValue = "") String place, Authentication user, RedirectAttributes flash,
                      Locale locale) {
        RegionScope scope = users.scopeOf(user);
        CaseRecord c = require(scope, id);
        String shown = title.isBlank() ? explanations.message("identification.notice.defaultTitle",
                new Object[] {explanations.message("identification.step." + c.status(), null, locale)}, locale) : title;
        return act(id, flash, locale, () -> caseNotices.openNotice(scope, List.of(id), shown,
                start == null ? LocalDate.now() : start, place, actor(user)));
    }

    /** One notice for several cases of a village at the same step (a village posts one list). */
    @PostMapping("/identification/notices")
    String openSharedNotice(@RequestParam(required = false) List<Long> caseIds, @RequestParam(defaultValue = "") String title,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                            @RequestParam(defaultValue = "") String place, Authentication user,
                            RedirectAttributes flash, Locale locale) {
        if (caseIds == null || caseIds.isEmpty()) throw new RegionScope.OutOfScopeException("no case");
        RegionScope scope = users.scopeOf(user);
        CaseRecord first = require(scope, caseIds.get(0));
        String shown = title.isBlank() ? explanations.message("identification.notice.defaultTitle",
                new Object[] {explanations.message("identification.step." + first.status(), null, locale)}, locale) : title;
        try {
            long notice = caseNotices.openNotice(scope, caseIds, shown, start == null ? LocalDate.now() : start, place,
                    actor(user));
            return "redirect:/identification/notices/" + notice;
        } catch (CaseException e) {
            flash.addFlashAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
            return "redirect:/identification";
        }
    }

    private String act(long id, RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
        } catch (CaseException e) {
            flash.addFlashAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
            if (e.verdict() != null) {
                flash.addFlashAttribute("refused", e.verdict().reasons().stream()
                        .map(r -> explanations.line(r, locale)).toList());
            }
        }
        return "redirect:/identification/cases/" + id;
    }

    private CaseRecord require(RegionScope scope, long id) {
        return cases.find(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("case " + id));
    }

    static Actor actor(Authentication user) {
        return new Actor(user.getName(), Explanations.role(user));
    }

    private static int value(Integer number) {
        return number == null ? 0 : number;
    }
}
