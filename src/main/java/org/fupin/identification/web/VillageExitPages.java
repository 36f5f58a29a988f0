package org.fupin.identification.web;

import java.time.LocalDate;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.identification.Actor;
import org.fupin.identification.CaseException;
import org.fupin.identification.VillageExitRepository;
import org.fupin.identification.VillageExits;
import org.fupin.notice.Explanations;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
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

/** 贫困村退出 as a procedure (issue #16): the list, one procedure with its steps and the form of the step due. */
@Controller
record VillageExitPages(VillageExits exits, RegionDirectory regions, Explanations explanations, Users users) {

    @GetMapping("/identification/village-exits")
    String list(Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        var all = exits.list(scope);
        model.addAttribute("exits", all);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        all.forEach(e -> regions.find(scope, e.villageCode()).ifPresent(r -> names.put(e.villageCode(), r.name())));
        model.addAttribute("names", names);
        model.addAttribute("today", LocalDate.now());
        return "identification/village-exits";
    }

    @GetMapping("/identification/village-exits/{id}")
    String exit(@PathVariable long id, Authentication user, Model model, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        VillageExitRepository.Exit e = exits.find(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException("exit"));
        model.addAttribute("e", e);
        model.addAttribute("villageName", regions.find(scope, e.villageCode()).map(Region::name).orElse(e.villageCode()));
        model.addAttribute("today", LocalDate.now());
        if (e.isOpen()) {
            try {
                model.addAttribute("test", explanations.lines(exits.test(scope, e), locale));
            } catch (CaseException noFigures) {
                model.addAttribute("testError", explanations.message(noFigures.messageKey(), noFigures.args(), locale));
            }
        }
        return "identification/village-exit";
    }

    @PostMapping("/identification/village-exits")
    String open(@RequestParam(defaultValue = "") String village, @RequestParam(defaultValue = "0") int year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(defaultValue = "") String comment, Authentication user, RedirectAttributes flash,
                Locale locale) {
        try {
            long id = exits.open(users.scopeOf(user), village.strip(), year, on == null ? LocalDate.now() : on, comment,
                    actor(user));
            return "redirect:/identification/village-exits/" + id;
        } catch (CaseException e) {
            flash.addFlashAttribute("error", message(e, locale));
            return "redirect:/identification/village-exits";
        }
    }

    @PostMapping("/identification/village-exits/{id}/steps")
    String step(@PathVariable long id, @RequestParam(defaultValue = "") String action,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String place, @RequestParam(required = false) String step,
                Authentication user, RedirectAttributes flash, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        LocalDate date = on == null ? LocalDate.now() : on;
        try {
            switch (action) {
                case "review" -> exits.review(scope, id, date, comment, actor(user));
                case "notice" -> {
                    long notice = exits.openNotice(scope, id, title.isBlank()
                            ? explanations.message("identification.villageExit.noticeTitle", null, locale) : title, date,
                            place, actor(user));
                    return "redirect:/identification/notices/" + notice;
                }
                case "noticeDone" -> exits.completeNotice(scope, id, date, comment, actor(user));
                case "announce" -> exits.announce(scope, id, date, comment, actor(user));
                case "reject" -> {
                    // the reject form names the step it was shown at: a later step is not rejected from it (ADR 0031)
                    if (step != null && !exits.find(scope, id).map(e -> e.status().equals(step)).orElse(true)) {
                        throw new CaseException("STEP_STALE");
                    }
                    exits.reject(scope, id, date, comment, actor(user));
                }
                default -> throw new CaseException("STEP_NOT_CURRENT", action, "");
            }
        } catch (CaseException e) {
            flash.addFlashAttribute("error", message(e, locale));
            if (e.verdict() != null) {
                flash.addFlashAttribute("refused", e.verdict().reasons().stream()
                        .map(r -> explanations.line(r, locale)).toList());
            }
        }
        return "redirect:/identification/village-exits/" + id;
    }

    /** A refusal in words: steps and roles by their names, not their codes. */
    private String message(CaseException e, Locale locale) {
        Object[] args = java.util.Arrays.stream(e.args()).map(a -> a instanceof org.fupin.identification.domain.VillageExitStep s
                ? explanations.message("identification.villageExit.step." + s.name(), null, locale)
                : a instanceof String r && r.matches("[A-Z_]{4,30}") ? explanations.message("role." + r, null, locale) : a)
                .toArray();
        return explanations.message(e.messageKey(), args, locale);
    }

    private static Actor actor(Authentication user) {
        return new Actor(user.getName(), Explanations.role(user));
    }
}
