package org.fupin.assistance.web;

import org.fupin.assistance.AssistanceForm;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.fupin.access.Users;
import org.fupin.assistance.HouseholdAssistance;
import org.fupin.assistance.MeasureStatus;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.Pairings;
import org.fupin.assistance.ReasonMessages;
import org.fupin.assistance.domain.LoanPurpose;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
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

/** The assistance of one household: its responsible cadres over time, visits, measures and micro-credit loans. */
@Controller
record AssistanceHouseholdPages(HouseholdRegistry registry, Pairings pairings, HouseholdAssistance assistance, Organisations organisations, RegionDirectory regions, Dictionaries dictionaries, ReasonMessages reasons, MessageSource messages, Users users, org.fupin.assistance.BattlePlan battlePlan) {

    @GetMapping("/assistance/households/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) String saved, Authentication user, Model model) {
        model.addAttribute("saved", saved != null);
        return show(users.scopeOf(user), id, List.of(), model);
    }

    @PostMapping("/assistance/households/{id}/pairings")
    String pair(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Locale locale,
                Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            Long cadre = form.id("cadre");
            LocalDate start = form.date("start");
            return form.valid() ? pairings.pair(scope, cadre, id, start) : Optional.empty();
        });
    }

    @PostMapping("/assistance/households/{id}/visits")
    String visit(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Locale locale,
                 Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            Long cadre = form.id("cadre");
            LocalDate date = form.date("date");
            // the phone form may add where the visit was made (issue #20)
            java.math.BigDecimal latitude = form.rate("latitude");
            java.math.BigDecimal longitude = form.rate("longitude");
            Pairings.Place place = latitude == null && longitude == null ? null : new Pairings.Place(latitude, longitude);
            return form.valid() ? pairings.logVisit(scope, cadre, id, date, form.text("content"), form.text("photo"), place)
                    : Optional.empty();
        });
    }

    @PostMapping("/assistance/households/{id}/measures")
    String measure(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Locale locale,
                   Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            var measure = new HouseholdAssistance.NewMeasure(form.text("category"), form.text("name"),
                    form.amount("amount"), form.date("date"), form.choice(MeasureStatus.class, "status"),
                    form.text("outcome"));
            return form.valid() ? assistance.addMeasure(scope, id, measure) : Optional.empty();
        });
    }

    @PostMapping("/assistance/households/{id}/loans")
    String loan(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Locale locale,
                Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            Integer borrower = form.whole("borrower");
            Integer months = form.whole("termMonths");
            var loan = new HouseholdAssistance.NewLoan(borrower == null ? 0 : borrower, form.text("bank"),
                    form.amount("amount"), months == null ? 0 : months, form.date("issueDate"),
                    form.rate("interestRate"), subsidy(form),
                    form.choice(LoanPurpose.class, "purpose"));
            return form.valid() ? assistance.addLoan(scope, id, loan) : Optional.empty();
        });
    }

    @PostMapping("/assistance/households/{id}/exit-plan")
    String plan(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Locale locale,
                Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            Integer year = form.whole("plannedYear");
            return form.valid() ? battlePlan.planHousehold(scope, id, year) : Optional.empty();
        });
    }

    @PostMapping("/assistance/households/{id}/loans/repayment")
    String repayment(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                     Locale locale, Model model) {
        return change(user, id, params, locale, model, (scope, form) -> {
            Long loan = form.id("loan");
            var status = form.choice(org.fupin.assistance.RepaymentStatus.class, "repaymentStatus");
            return form.valid() ? assistance.setRepayment(scope, id, loan, status,
                    org.fupin.kernel.Seen.parse(params.get("version"))) : Optional.empty();
        });
    }

    private static java.math.BigDecimal subsidy(AssistanceForm form) {
        java.math.BigDecimal rate = form.rate("subsidyRate");
        return rate == null ? java.math.BigDecimal.ZERO : rate;
    }

    private String change(Authentication user, long id, Map<String, String> params, Locale locale, Model model,
                          BiFunction<RegionScope, AssistanceForm, Optional<Outcome>> change) {
        RegionScope scope = users.scopeOf(user);
        household(scope, id);
        return new AssistanceForm(params, messages, locale).submit(form -> change.apply(scope, form), reasons,
                "/assistance/households/" + id + "?saved", model, errors -> show(scope, id, errors, model));
    }

    private String show(RegionScope scope, long id, List<String> errors, Model model) {
        HouseholdDetail household = household(scope, id);
        model.addAttribute("household", household);
        model.addAttribute("path", regions.path(scope, household.villageCode()));
        List<Pairings.Pairing> history = pairings.history(scope, id);
        model.addAttribute("pairings", history);
        // the visit form offers the household's responsible cadre first (issue #20)
        model.addAttribute("pairedCadre", history.stream().filter(p -> p.end() == null).map(Pairings.Pairing::cadreId)
                .findFirst().orElse(null));
        model.addAttribute("visits", pairings.visits(scope, id));
        model.addAttribute("measures", assistance.measures(scope, id));
        model.addAttribute("loans", assistance.loans(scope, id));
        model.addAttribute("cadres", organisations.cadres(scope));
        // a visit is made by a cadre of the household's own village (issue #20), not any cadre of the county
        model.addAttribute("visitCadres", organisations.cadres(new RegionScope(household.villageCode())));
        var categories = dictionaries.forYear(household.year()).lists().get(HouseholdAssistance.CATEGORIES);
        model.addAttribute("categories", categories == null ? List.of() : categories.entries());
        model.addAttribute("categoryLabels", categories == null ? Map.of() : categories.entries().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.code(), Function.identity())));
        model.addAttribute("statuses", MeasureStatus.values());
        model.addAttribute("purposes", LoanPurpose.values());
        model.addAttribute("repayments", org.fupin.assistance.RepaymentStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now());
        return "assistance/household";
    }

    private HouseholdDetail household(RegionScope scope, long id) {
        return registry.household(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
    }
}
