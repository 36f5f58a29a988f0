package org.fupin.funds.web;

import org.fupin.assistance.AssistanceForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.fupin.access.Users;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.ReasonMessages;
import org.fupin.funds.Funds;
import org.fupin.funds.Project;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectStatus;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdSearch;
import org.fupin.kernel.Seen;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One library project: its fields, publicity, next step, beneficiaries and the payments made to it. */
@Controller
record ProjectPages(ProjectLibrary library, Funds funds, HouseholdRegistry registry, RegionDirectory regions,
                    ReasonMessages reasons, MessageSource messages, Users users,
                    org.fupin.household.RecordYears statistics) {

    @GetMapping("/assistance/projects/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) String saved, Authentication user, Model model) {
        model.addAttribute("saved", saved != null);
        return show(users.scopeOf(user), id, List.of(), model);
    }

    @PostMapping("/assistance/projects/{id}/target")
    String target(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Locale locale,
                  Model model) {
        return change(user, id, params, locale, model,
                (scope, form) -> library.setPerformanceTarget(scope, id, form.text("performanceTarget"),
                        Seen.parse(params.get("version"))));
    }

    @PostMapping("/assistance/projects/{id}/publicity")
    String publicity(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                     Locale locale, Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            LocalDate start = form.date("publicityStart");
            LocalDate end = form.date("publicityEnd");
            return form.valid() ? library.setPublicity(scope, id, start, end, Seen.parse(params.get("version")))
                    : Optional.empty();
        });
    }

    @PostMapping("/assistance/projects/{id}/steps")
    String step(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Locale locale,
                Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            ProjectStatus to = form.choice(ProjectStatus.class, "to");
            LocalDate date = form.date("date");
            return form.valid() ? library.advance(scope, id, to, date) : Optional.empty();
        });
    }

    @PostMapping("/assistance/projects/{id}/beneficiaries")
    String beneficiary(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                       Locale locale, Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            Project project = project(scope, id);
            String number = form.text("householdNumber");
            var found = registry.search(scope, new HouseholdSearch(project.fields().villageCode(), project.year(), number,
                    null, null, null), 0, 50).rows().stream().filter(h -> h.householdNumber().equals(number)).findFirst();
            if (found.isEmpty()) found = latest(scope, project, number);
            if (found.isEmpty()) return Optional.of(Outcome.refused(
                    org.fupin.kernel.Reason.of("PROJECT_HOUSEHOLD_UNKNOWN", number)));
            return library.addBeneficiary(scope, id, found.get().id());
        });
    }

    @PostMapping("/assistance/projects/{id}/disbursements")
    String disburse(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                    Locale locale, Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            Long allocation = form.id("allocation");
            LocalDate date = form.date("date");
            var amount = form.amount("amount");
            return form.valid() ? funds.disburse(scope, allocation, id, date, amount, form.text("payee"))
                    : Optional.empty();
        });
    }

    private Optional<org.fupin.household.HouseholdRow> latest(RegionScope scope, Project project, String number) {
        List<Integer> years = statistics.years(scope);
        if (years.isEmpty()) return Optional.empty();
        return registry.search(scope, new HouseholdSearch(project.fields().villageCode(), years.get(0), number, null,
                null, null), 0, 50).rows().stream().filter(h -> h.householdNumber().equals(number)).findFirst();
    }

    private String change(Authentication user, long id, Map<String, String> params, Locale locale, Model model,
                          BiFunction<RegionScope, AssistanceForm, Optional<Outcome>> change) {
        RegionScope scope = users.scopeOf(user);
        project(scope, id);
        return new AssistanceForm(params, messages, locale).submit(form -> change.apply(scope, form), reasons,
                "/assistance/projects/" + id + "?saved", model, errors -> show(scope, id, errors, model));
    }

    private String show(RegionScope scope, long id, List<String> errors, Model model) {
        Project project = project(scope, id);
        model.addAttribute("project", project);
        model.addAttribute("path", regions.path(scope, project.fields().villageCode()));
        model.addAttribute("next", project.status().next().orElse(null));
        model.addAttribute("allocations", funds.allocations(scope, project.fields().villageCode(), project.year()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("errors", errors);
        return "funds/project";
    }

    private Project project(RegionScope scope, long id) {
        return library.project(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
    }
}
