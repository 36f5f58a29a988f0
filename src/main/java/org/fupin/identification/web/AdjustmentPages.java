package org.fupin.identification.web;

import org.fupin.notice.Explanations;
import java.time.LocalDate;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.identification.CaseException;
import org.fupin.identification.EventType;
import org.fupin.identification.HouseholdEvents;
import org.fupin.identification.SnapshotPrefill;
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

/** 动态调整: a household's events with their status changes, a form for a new event, and next year's prefill. */
@Controller
record AdjustmentPages(HouseholdRegistry registry, HouseholdEvents events, SnapshotPrefill prefill,
                       Explanations explanations, Users users, org.fupin.identification.AdjustmentBatches batches,
                       org.fupin.dictionary.Dictionaries dictionaries) {

    /** The 动态调整 batches of confirmed yearly imports, each with its status changes (issue #16). */
    @GetMapping("/identification/batches")
    String batches(@org.springframework.web.bind.annotation.RequestParam(required = false) Long batch,
                   Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        var all = batches.batches(scope);
        model.addAttribute("batches", all);
        Long shown = batch != null ? batch : all.stream().findFirst().map(org.fupin.identification.AdjustmentBatches.Batch::id)
                .orElse(null);
        model.addAttribute("shown", shown);
        var changes = shown == null ? java.util.List.<org.fupin.identification.AdjustmentBatches.BatchEvent>of()
                : batches.events(shown).stream().filter(e -> scope.permits(e.villageCode())).toList();
        model.addAttribute("changes", changes);
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        changes.forEach(e -> dictionaries.forYear(e.year()).get(org.fupin.dictionary.CodeLists.POVERTY_STATUS).entries()
                .forEach(entry -> labels.put(entry.code(), entry.label())));
        model.addAttribute("statusLabels", labels);
        return "identification/batches";
    }

    @GetMapping("/identification/households/{id}/events")
    String history(@PathVariable long id, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        HouseholdDetail h = household(scope, id);
        model.addAttribute("h", h);
        model.addAttribute("events", events.history(scope, h.villageCode(), h.householdNumber()));
        model.addAttribute("types", EventType.values());
        model.addAttribute("today", LocalDate.now());
        return "identification/events";
    }

    @PostMapping("/identification/households/{id}/events")
    String record(@PathVariable long id, @RequestParam(required = false) EventType type,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(defaultValue = "") String reason, Authentication user, RedirectAttributes flash,
                  Locale locale) {
        RegionScope scope = users.scopeOf(user);
        household(scope, id);
        try {
            if (type == null || reason.isBlank()) throw new CaseException("EVENT_INCOMPLETE");
            events.record(scope, id, type, date == null ? LocalDate.now() : date, reason, null, user.getName());
        } catch (CaseException e) {
            flash.addFlashAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
        }
        return "redirect:/identification/households/" + id + "/events";
    }

    @PostMapping("/identification/prefill")
    String prefill(@RequestParam(required = false) String village, @RequestParam(required = false) Integer year,
                   Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        scope.require(village);
        if (year == null) throw new RegionScope.OutOfScopeException(village);
        try {
            SnapshotPrefill.Result result = prefill.prefill(scope, village, year, user.getName());
            flash.addFlashAttribute("message", explanations.message("identification.prefill.done", new Object[] {
                    year + 1, result.carried(), result.existing(), result.leftOut()}, locale));
        } catch (CaseException e) {
            flash.addFlashAttribute("error", explanations.message(e.messageKey(), e.args(), locale));
        }
        return "redirect:/identification";
    }

    private HouseholdDetail household(RegionScope scope, long id) {
        return registry.household(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("household " + id));
    }
}
