package org.fupin.assets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.fupin.access.Role;
import org.fupin.access.Users;
import org.fupin.assets.Asset;
import org.fupin.assets.AssetIncomes;
import org.fupin.assets.AssetOwnership;
import org.fupin.assets.AssetReasons;
import org.fupin.assets.AssetRegister;
import org.fupin.assets.AssetStates;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.Distribution;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.assistance.Outcome;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One asset: its facts, custody and state history, incomes with the households that received them, and the forms
 * of its steps (hand-over, custodian, notice, 确权, income, state, disposal decision). Each form calls the same
 * module method as REST and shows a refusal's reasons in plain words.
 */
@Controller
record AssetPages(AssetRegister register, AssetOwnership ownership, AssetIncomes incomes, AssetStates states,
                  AssetPageModel pageModel, AssetReasons reasons, MessageSource messages, Users users) {

    /** Rows of the distribution form (households receiving a share). */
    static final int SHARE_ROWS = 5;

    @GetMapping("/assets/items/{id}")
    String page(@PathVariable long id, @RequestParam(required = false) String saved, Authentication user, Model model) {
        model.addAttribute("saved", saved != null);
        return show(users.scopeOf(user), id, user, List.of(), model);
    }

    @PostMapping("/assets/items/{id}/handover")
    String handOver(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                    Locale locale, Model model) {
        return change(user, id, params, locale, model, form -> {
            OwnerKind owner = form.choice(OwnerKind.class, "ownerKind");
            LocalDate date = form.date("date");
            return form.valid() ? register.handOver(users.scopeOf(user), id, owner, form.text("ownerName"),
                    form.text("custodian"), date, user.getName()) : Optional.empty();
        });
    }

    @PostMapping("/assets/items/{id}/custodian")
    String custodian(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                     Locale locale, Model model) {
        return change(user, id, params, locale, model, form -> {
            LocalDate from = form.date("date");
            return form.valid() ? register.changeCustodian(users.scopeOf(user), id, form.text("custodian"), from,
                    form.text("note"), user.getName()) : Optional.empty();
        });
    }

    @PostMapping("/assets/items/{id}/notice")
    String notice(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                  Locale locale, Model model) {
        return change(user, id, params, locale, model, form -> {
            LocalDate start = form.date("date");
            int days = form.whole("days");
            return form.valid() ? Optional.of(ownership.openNotice(users.scopeOf(user), List.of(id), form.text("title"),
                    start, days, form.text("place"), user.getName())) : Optional.empty();
        });
    }

    @PostMapping("/assets/items/{id}/ownership")
    String confirm(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                   Locale locale, Model model) {
        return change(user, id, params, locale, model, form -> {
            LocalDate date = form.date("date");
            return form.valid() ? ownership.confirm(users.scopeOf(user), id, date, user.getName()) : Optional.empty();
        });
    }

    @PostMapping("/assets/items/{id}/income")
    String income(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                  Locale locale, Model model) {
        return change(user, id, params, locale, model, form -> {
            int year = form.whole("year");
            BigDecimal income = form.amount("income", false);
            BigDecimal collective = form.amount("toCollective", true);
            BigDecimal reinvested = form.amount("reinvested", true);
            LocalDate date = form.date("date");
            List<Distribution.Share> shares = new ArrayList<>();
            for (int i = 1; i <= SHARE_ROWS; i++) {
                if (form.text("household" + i).isEmpty() && form.text("share" + i).isEmpty()) continue;
                Long household = form.id("household" + i);
                BigDecimal amount = form.amount("share" + i, false);
                if (amount != null && household != null) shares.add(new Distribution.Share(household, amount));
            }
            if (!form.valid()) return Optional.empty();
            BigDecimal toHouseholds = shares.stream().map(Distribution.Share::amount)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            return incomes.distribute(users.scopeOf(user), id, new Distribution(year, income, toHouseholds, collective,
                    reinvested, shares), date, user.getName());
        });
    }

    @PostMapping("/assets/items/{id}/status")
    String status(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                  Locale locale, Model model) {
        return change(user, id, params, locale, model, form -> {
            AssetStatus to = form.choice(AssetStatus.class, "status");
            LocalDate date = form.date("date");
            return form.valid() ? states.change(users.scopeOf(user), id, to, date, form.text("reason"), user.getName())
                    : Optional.empty();
        });
    }

    @PostMapping("/assets/items/{id}/disposal")
    String disposal(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user,
                    Locale locale, Model model) {
        return change(user, id, params, locale, model, form -> {
            LocalDate date = form.date("date");
            return form.valid() ? states.decideDisposal(users.scopeOf(user), id, "approve".equals(form.text("decision")),
                    date, form.text("comment"), user.getName(), Role.administers(user)) : Optional.empty();
        });
    }

    private String change(Authentication user, long id, Map<String, String> params, Locale locale, Model model,
                          Function<AssetForm, Optional<Outcome>> change) {
        RegionScope scope = users.scopeOf(user);
        asset(scope, id);
        AssetForm form = new AssetForm(params, messages, locale);
        Optional<Outcome> outcome = change.apply(form);
        List<String> errors = new ArrayList<>(form.errors());
        if (outcome.isPresent() && outcome.get().accepted()) return "redirect:/assets/items/" + id + "?saved";
        outcome.ifPresent(o -> errors.addAll(reasons.of(o.reasons(), locale)));
        model.addAttribute("saved", false);
        model.addAttribute("form", params);
        return show(scope, id, user, errors, model);
    }

    private String show(RegionScope scope, long id, Authentication user, List<String> errors, Model model) {
        pageModel.fill(scope, asset(scope, id), model);
        model.addAttribute("errors", errors);
        model.addAttribute("mayDecide", Role.administers(user));
        model.addAttribute("shareRows", java.util.stream.IntStream.rangeClosed(1, SHARE_ROWS).boxed().toList());
        return "assets/asset";
    }

    private Asset asset(RegionScope scope, long id) {
        return register.asset(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
    }
}
