package org.fupin.assistance.web;

import org.fupin.assistance.AssistanceForm;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.assistance.CadreFlag;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.ReasonMessages;
import org.fupin.assistance.UnitLevel;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The assistance start page: helping units and cadres (added by county administrators) and the regions to open. */
@Controller
record AssistancePages(Organisations organisations, RegionDirectory regions, ReasonMessages reasons,
                       MessageSource messages, Users users) {

    @GetMapping("/assistance")
    String page(@RequestParam(required = false) String saved, Authentication user, Model model) {
        model.addAttribute("saved", saved != null);
        return show(users.scopeOf(user), List.of(), model);
    }

    @PostMapping("/assistance/units")
    String addUnit(@RequestParam Map<String, String> params, Authentication user, Locale locale, Model model) {
        RegionScope scope = users.scopeOf(user);
        AssistanceForm form = new AssistanceForm(params, messages, locale);
        UnitLevel level = form.choice(UnitLevel.class, "level");
        if (form.valid() && form.accepted(organisations.addUnit(scope, form.text("name"), level, form.text("region")),
                reasons)) {
            return "redirect:/assistance?saved";
        }
        model.addAttribute("saved", false);
        return show(scope, form.errors(), model);
    }

    @PostMapping("/assistance/cadres")
    String addCadre(@RequestParam MultiValueMap<String, String> params, Authentication user, Locale locale, Model model) {
        RegionScope scope = users.scopeOf(user);
        AssistanceForm form = new AssistanceForm(params.toSingleValueMap(), messages, locale);
        Long unit = form.id("unit");
        List<CadreFlag> flags = params.getOrDefault("flags", List.of()).stream()
                .filter(f -> java.util.Arrays.stream(CadreFlag.values()).anyMatch(c -> c.name().equals(f)))
                .map(CadreFlag::valueOf).toList();
        if (form.valid() && form.accepted(organisations.addCadre(scope, new Organisations.NewCadre(unit, form.text("name"),
                form.text("post"), form.text("phone"), flags)), reasons)) {
            return "redirect:/assistance?saved";
        }
        model.addAttribute("saved", false);
        return show(scope, form.errors(), model);
    }

    private String show(RegionScope scope, List<String> errors, Model model) {
        model.addAttribute("units", organisations.units(scope));
        model.addAttribute("cadres", organisations.cadres(scope));
        model.addAttribute("roots", regions.roots(scope));
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("flags", CadreFlag.values());
        model.addAttribute("errors", errors);
        return "assistance/assistance";
    }
}
