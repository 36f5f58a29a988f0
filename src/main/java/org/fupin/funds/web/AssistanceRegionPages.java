package org.fupin.funds.web;

import org.fupin.assistance.AssistanceForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.assistance.Alerts;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.Pairings;
import org.fupin.assistance.ReasonMessages;
import org.fupin.assistance.WorkTeams;
import org.fupin.funds.FundSource;
import org.fupin.funds.Funds;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.household.HouseholdRegistry;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Assistance of a region on a day: alerts, projects and funds with the fund-share report, and for a village its
 * "3+2+1" staffing and households with their responsible cadre. Changes: leaders, unit links, work teams, project
 * applications (village) and fund allocations (county).
 */
@Controller
record AssistanceRegionPages(RegionDirectory regions, Organisations organisations, WorkTeams teams, Alerts alerts, Pairings pairings, ProjectLibrary library, Funds funds, HouseholdRegistry registry, ReasonMessages reasons, MessageSource messages, Users users, org.fupin.household.RecordYears statistics, org.fupin.assistance.BattlePlan battlePlan) {

    @PostMapping("/assistance/regions/{code}/exit-plan")
    String planVillage(@PathVariable String code, @RequestParam Map<String, String> params, Authentication user,
                       Locale locale, Model model) {
        return change(user, code, params, locale, model, (scope, form) -> {
            Integer year = form.whole("plannedYear");
            return form.valid() ? battlePlan.planVillage(scope, code, year) : null;
        });
    }

    /** The day, registry year and funds year a region page shows (defaults: today, the newest year, this year). */
    record View(LocalDate on, int year, int fundYear, Integer months) {}

    @GetMapping("/assistance/regions/{code}")
    String page(@PathVariable String code, @RequestParam Map<String, String> params, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Region region = region(scope, code);
        model.addAttribute("saved", params.containsKey("saved"));
        return show(scope, region, view(scope, params), List.of(), model);
    }

    @PostMapping("/assistance/regions/{code}/leaders")
    String leader(@PathVariable String code, @RequestParam Map<String, String> params, Authentication user,
                  Locale locale, Model model) {
        return change(user, code, params, locale, model, (scope, form) -> {
            Long cadre = form.id("cadre");
            LocalDate start = form.date("start");
            return form.valid() ? organisations.assignLeader(scope, cadre, code, form.text("level"), start) : null;
        });
    }

    @PostMapping("/assistance/regions/{code}/links")
    String link(@PathVariable String code, @RequestParam Map<String, String> params, Authentication user,
                Locale locale, Model model) {
        return change(user, code, params, locale, model, (scope, form) -> {
            Long unit = form.id("unit");
            LocalDate start = form.date("start");
            return form.valid() ? organisations.linkVillage(scope, unit, code, start) : null;
        });
    }

    @PostMapping("/assistance/regions/{code}/teams")
    String team(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Authentication user,
                Locale locale, Model model) {
        return change(user, code, params.toSingleValueMap(), locale, model, (scope, form) -> {
            Long unit = form.text("unit").isEmpty() ? null : form.id("unit");
            LocalDate start = form.date("termStart");
            LocalDate end = form.date("termEnd");
            Long leader = form.id("leader");
            List<WorkTeams.Member> members = WorkTeams.team(leader, params.getOrDefault("members", List.of()).stream()
                    .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList());
            return form.valid() ? teams.send(scope, code, unit, start, end, members) : null;
        });
    }

    @PostMapping("/assistance/regions/{code}/projects")
    String apply(@PathVariable String code, @RequestParam Map<String, String> params, Authentication user,
                 Locale locale, Model model) {
        return change(user, code, params, locale, model, (scope, form) -> {
            Integer year = form.whole("year");
            var budget = form.amount("budget");
            ProjectFields fields = new ProjectFields(form.text("name"), form.text("category"), form.text("nature"),
                    code, form.text("schedule"), form.text("responsibleUnit"), form.text("tasks"),
                    form.text("funding"), form.text("beneficiaries"), form.text("performanceTarget"),
                    form.text("povertyMechanism"));
            return form.valid() ? library.apply(scope, year, fields, budget, LocalDate.now()) : null;
        });
    }

    @PostMapping("/assistance/regions/{code}/allocations")
    String allocate(@PathVariable String code, @RequestParam Map<String, String> params, Authentication user,
                    Locale locale, Model model) {
        return change(user, code, params, locale, model, (scope, form) -> {
            Integer year = form.whole("year");
            FundSource source = form.choice(FundSource.class, "source");
            var amount = form.amount("amount");
            LocalDate issued = form.date("issuedDate");
            return form.valid() ? funds.allocate(scope, code, year, source, form.text("documentNumber"), amount, issued)
                    : null;
        });
    }

    private interface Change {
        Outcome apply(RegionScope scope, AssistanceForm form);
    }

    private String change(Authentication user, String code, Map<String, String> params, Locale locale, Model model,
                          Change change) {
        RegionScope scope = users.scopeOf(user);
        Region region = region(scope, code);
        AssistanceForm form = new AssistanceForm(params, messages, locale);
        Outcome outcome = change.apply(scope, form);
        if (outcome != null && form.accepted(outcome, reasons)) return "redirect:/assistance/regions/" + code + "?saved";
        model.addAttribute("saved", false);
        return show(scope, region, view(scope, Map.of()), form.errors(), model);
    }

    private String show(RegionScope scope, Region region, View view, List<String> errors, Model model) {
        boolean village = region.level() == RegionLevel.VILLAGE;
        model.addAttribute("region", region);
        model.addAttribute("village", village);
        model.addAttribute("path", regions.path(scope, region.code()));
        model.addAttribute("children", regions.children(scope, region.code()));
        model.addAttribute("view", view);
        model.addAttribute("registryYears", withYear(statistics.years(scope), view.year()));
        model.addAttribute("fundYears", withYear(funds.years(scope), view.fundYear()));
        model.addAttribute("alerts", alerts.summary(scope, region.code(), view.year(), view.on(), view.months()));
        model.addAttribute("projects", library.projects(scope, region.code(), view.fundYear()));
        model.addAttribute("allocations", funds.allocations(scope, region.code(), view.fundYear()));
        model.addAttribute("share", funds.share(scope, region.code(), view.fundYear()));
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("battle", battlePlan.progress(scope, region.code(), view.year(), view.on().getYear()));
        model.addAttribute("errors", errors);
        if (village) {
            model.addAttribute("staffing", teams.staffing(scope, region.code(), view.on()));
            model.addAttribute("villagePlan", battlePlan.villagePlan(scope, region.code()));
            model.addAttribute("household/households", registry.households(scope, region.code(), view.year(), 0, 500).rows());
            model.addAttribute("currentCadres", pairings.currentCadres(scope, region.code(), view.on()));
            model.addAttribute("cadres", organisations.cadres(scope));
            model.addAttribute("units", organisations.units(scope));
        }
        return "funds/region";
    }

    private View view(RegionScope scope, Map<String, String> params) {
        LocalDate on = parse(params.get("on"));
        List<Integer> years = statistics.years(scope);
        int year = number(params.get("year"), years.isEmpty() ? on.getYear() : years.get(0));
        List<Integer> fundYears = funds.years(scope);
        int fundYear = number(params.get("fundYear"), fundYears.stream().filter(y -> y <= on.getYear()).findFirst()
                .orElse(on.getYear()));
        String months = params.get("months");
        return new View(on, year, fundYear, months != null && months.matches("\\d{1,3}") ? Integer.valueOf(months) : null);
    }

    /** The years a picker offers: those that exist, newest first, and the one shown. */
    private static List<Integer> withYear(List<Integer> years, int shown) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        all.addAll(years);
        all.add(shown);
        return List.copyOf(all);
    }

    private static LocalDate parse(String date) {
        try {
            return date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.now();
        }
    }

    private static int number(String value, int fallback) {
        return value != null && value.matches("\\d{4}") ? Integer.parseInt(value) : fallback;
    }

    private Region region(RegionScope scope, String code) {
        return regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
    }
}
