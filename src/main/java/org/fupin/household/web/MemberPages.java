package org.fupin.household.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.domain.Finding;
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

/**
 * Add, correct and remove household members with the same rules as the import; errors show at the field.
 * Forms never show a full ID number: the field stays empty and a blank value keeps the stored number.
 */
@Controller
record MemberPages(HouseholdEditor editor, HouseholdRegistry households, Dictionaries dictionaries,
                   MessageSource messages, Users users) {

    @GetMapping("/households/{id}/members/{position}/edit")
    String edit(@PathVariable long id, @PathVariable int position, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Map<RegistryColumn, String> cells = editor.memberCells(scope, id, position)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        model.addAttribute("version", editor.version(scope, id).orElseThrow());
        return form(scope, id, position, cells, Map.of(), model);
    }

    @GetMapping("/households/{id}/members/new")
    String add(@PathVariable long id, Authentication user, Model model) {
        return form(users.scopeOf(user), id, null, Map.of(), Map.of(), model);
    }

    @PostMapping({"/households/{id}/members/{position}", "/households/{id}/members"})
    String save(@PathVariable long id, @PathVariable(required = false) Integer position,
                @RequestParam MultiValueMap<String, String> params, Authentication user, Locale locale, Model model) {
        RegionScope scope = users.scopeOf(user);
        Map<RegistryColumn, String> cells = RegistryForm.read(RegistryForm.MEMBER_COLUMNS, params);
        // a new member is appended and changes no stored value: only a correction is checked against the version
        Seen seen = position == null ? null : Seen.parse(params.getFirst("version"));
        HouseholdEditor.Outcome outcome = editor.saveMember(scope, id, position, cells, user.getName(), seen)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        if (outcome.saved()) return "redirect:/households/" + id + "?saved";
        if (outcome.stale()) return stale(scope, id, position, locale, model);
        model.addAttribute("version", seen == null ? null : seen.version());
        int row = position != null ? position : households.household(scope, id).map(h -> h.members().size() + 1).orElse(0);
        Map<String, List<String>> errors = FieldErrors.of(outcome.findings(), f -> f.row() == row,
                RegistryForm.MEMBER_COLUMNS, messages, locale);
        return form(scope, id, position, cells, errors, model);
    }

    @PostMapping("/households/{id}/members/{position}/delete")
    String remove(@PathVariable long id, @PathVariable int position, @RequestParam(required = false) String version,
                  Authentication user, Locale locale, Model model) {
        RegionScope scope = users.scopeOf(user);
        HouseholdEditor.Outcome outcome = editor.removeMember(scope, id, position, user.getName(), Seen.parse(version))
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        if (outcome.saved()) return "redirect:/households/" + id + "?saved";
        if (outcome.stale()) return stale(scope, id, position, locale, model);
        model.addAttribute("version", Seen.parse(version).version());
        Map<RegistryColumn, String> cells = editor.memberCells(scope, id, position).orElse(Map.of());
        Map<String, List<String>> errors = new HashMap<>();
        errors.put(FieldErrors.HOUSEHOLD, outcome.findings().stream().filter(Finding::isError)
                .map(f -> FieldErrors.message(f, messages, locale)).toList());
        return form(scope, id, position, cells, errors, model);
    }

    /**
     * Optimistic locking (issue #23, ADR 0031): the household changed after the form was opened, so nothing was saved;
     * the member as stored now is shown with the new version, or the household when the member is gone.
     */
    private String stale(RegionScope scope, long id, int position, Locale locale, Model model) {
        Map<RegistryColumn, String> now = editor.memberCells(scope, id, position).orElse(null);
        if (now == null) return "redirect:/households/" + id + "?stale";
        model.addAttribute("version", editor.version(scope, id).orElseThrow());
        return form(scope, id, position, now, Map.of(FieldErrors.HOUSEHOLD,
                List.of(messages.getMessage("web.edit.staleMember", null, locale))), model);
    }

    private String form(RegionScope scope, long id, Integer position, Map<RegistryColumn, String> cells,
                        Map<String, List<String>> errors, Model model) {
        HouseholdDetail household = households.household(scope, id)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        model.addAttribute("household", household);
        model.addAttribute("position", position);
        model.addAttribute("fields", RegistryForm.fields(RegistryForm.MEMBER_COLUMNS, dictionaries.forYear(household.year()),
                cells, errors));
        model.addAttribute("title", position != null ? "web.edit.member" : "web.edit.addMember");
        model.addAttribute("action", position != null ? "/households/" + id + "/members/" + position
                : "/households/" + id + "/members");
        model.addAttribute("householdErrors", errors.getOrDefault(FieldErrors.HOUSEHOLD, List.of()));
        if (position != null) {
            model.addAttribute("maskedId", household.members().get(position - 1).idNumberMasked());
        }
        return "household/registry-form";
    }
}
