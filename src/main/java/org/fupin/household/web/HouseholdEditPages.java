package org.fupin.household.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.kernel.Seen;
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

/** Correct the household columns (status, causes, incomes, living conditions) with the import's rules. */
@Controller
record HouseholdEditPages(HouseholdEditor editor, HouseholdRegistry households, Dictionaries dictionaries,
                          MessageSource messages, Users users) {

    @GetMapping("/households/{id}/edit")
    String edit(@PathVariable long id, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Map<RegistryColumn, String> cells = editor.householdCells(scope, id)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        model.addAttribute("version", editor.version(scope, id).orElseThrow());
        return form(scope, id, cells, Map.of(), model);
    }

    @PostMapping("/households/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Authentication user,
                Locale locale, Model model) {
        RegionScope scope = users.scopeOf(user);
        Map<RegistryColumn, String> stored = editor.householdCells(scope, id)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        Seen seen = Seen.parse(params.getFirst("version"));
        Map<RegistryColumn, String> cells = RegistryForm.read(RegistryForm.EDITABLE_HOUSEHOLD_COLUMNS, params);
        // the form never shows the full phone number (issue #23): left blank, the stored one is kept
        if (cells.getOrDefault(RegistryColumn.PHONE, "").isBlank()) cells.put(RegistryColumn.PHONE, stored.getOrDefault(RegistryColumn.PHONE, ""));
        // the form does not post procedural fields; one posted anyway is checked, and refused when it would change
        RegistryForm.HOUSEHOLD_COLUMNS.stream().filter(c -> c.isProcedural() && params.containsKey(c.name()))
                .forEach(c -> cells.put(c, String.join("\u3001", params.get(c.name()))));
        HouseholdEditor.Outcome outcome = editor.saveHousehold(scope, id, cells, user.getName(), seen)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        if (outcome.saved()) return "redirect:/households/" + id + "?saved";
        if (outcome.stale()) {
            // optimistic locking (issue #23, ADR 0031): someone saved this household since the form was opened (or the
            // post carried no version); show the household as it is now and keep nothing of the stale form
            model.addAttribute("version", editor.version(scope, id).orElseThrow());
            return form(scope, id, editor.householdCells(scope, id).orElseThrow(), Map.of(FieldErrors.HOUSEHOLD,
                    List.of(messages.getMessage("web.edit.stale", null, locale))), model);
        }
        Map<String, List<String>> errors = FieldErrors.of(outcome.findings(), f -> f.row() == 1,
                RegistryForm.HOUSEHOLD_COLUMNS, messages, locale);
        model.addAttribute("version", seen.version());
        return form(scope, id, cells, errors, model);
    }

    private String form(RegionScope scope, long id, Map<RegistryColumn, String> cells, Map<String, List<String>> errors,
                        Model model) {
        HouseholdDetail household = households.household(scope, id)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        model.addAttribute("household", household);
        model.addAttribute("position", null);
        model.addAttribute("title", "web.edit.household");
        model.addAttribute("action", "/households/" + id);
        Map<RegistryColumn, String> shown = new java.util.EnumMap<>(RegistryColumn.class);
        editor.householdCells(scope, id).ifPresent(shown::putAll);
        shown.putAll(cells);
        model.addAttribute("fields", RegistryForm.fields(RegistryForm.HOUSEHOLD_COLUMNS, dictionaries.forYear(household.year()),
                shown, errors, RegistryForm.HOUSEHOLD_COLUMNS.stream().filter(RegistryColumn::isProcedural).toList()));
        model.addAttribute("householdErrors", errors.getOrDefault(FieldErrors.HOUSEHOLD, List.of()));
        String phone = shown.getOrDefault(RegistryColumn.PHONE, "");
        model.addAttribute("maskedPhone", phone.isBlank() ? null : org.fupin.household.HouseholdDetail.maskPhone(phone));
        return "household/registry-form";
    }
}
