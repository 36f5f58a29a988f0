package org.fupin.household.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.domain.RegistryColumn;
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

/** Registers a new household in a village: its number, its 户主 and the household columns, with the import's rules. */
@Controller
class NewHouseholdPages {

    private static final List<RegistryColumn> COLUMNS = columns();

    private final org.fupin.household.RecordYears statistics;
    private final HouseholdEditor editor;
    private final HouseholdRegistry households;
    private final RegionDirectory regions;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final Users users;

    NewHouseholdPages(HouseholdEditor editor, HouseholdRegistry households, RegionDirectory regions,
                      Dictionaries dictionaries, MessageSource messages, Users users,
            org.fupin.household.RecordYears statistics) {
        this.statistics = statistics;
        this.editor = editor;
        this.households = households;
        this.regions = regions;
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.users = users;
    }

    @GetMapping("/regions/{code}/households/new")
    String form(@PathVariable String code, @RequestParam(required = false) Integer year, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        return form(village(scope, code), year(scope, year), Map.of(), Map.of(), model);
    }

    @PostMapping("/regions/{code}/households")
    String create(@PathVariable String code, @RequestParam int year, @RequestParam MultiValueMap<String, String> params,
                  Authentication user, Locale locale, Model model) {
        RegionScope scope = users.scopeOf(user);
        Region village = village(scope, code);
        Map<RegistryColumn, String> cells = RegistryForm.read(COLUMNS, params);
        HouseholdEditor.Created created = editor.create(scope, village.code(), year, cells, user.getName());
        if (created.id() != null) return "redirect:/households/" + created.id() + "?saved";
        Map<String, List<String>> errors = FieldErrors.of(created.findings(), f -> true, COLUMNS, messages, locale);
        return form(village, year, cells, errors, model);
    }

    private String form(Region village, int year, Map<RegistryColumn, String> cells, Map<String, List<String>> errors,
                        Model model) {
        model.addAttribute("village", village);
        model.addAttribute("year", year);
        model.addAttribute("household", null);
        model.addAttribute("position", null);
        model.addAttribute("title", "web.edit.newHousehold");
        model.addAttribute("action", "/regions/" + village.code() + "/households?year=" + year);
        model.addAttribute("fields", RegistryForm.fields(COLUMNS, dictionaries.forYear(year), cells, errors));
        model.addAttribute("householdErrors", errors.getOrDefault(FieldErrors.HOUSEHOLD, List.of()));
        return "household/registry-form";
    }

    private Region village(RegionScope scope, String code) {
        return regions.find(scope, code).filter(r -> r.level() == RegionLevel.VILLAGE)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(code));
    }

    private int year(RegionScope scope, Integer year) {
        if (year != null) return year;
        List<Integer> years = statistics.years(scope);
        return years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
    }

    private static List<RegistryColumn> columns() {
        List<RegistryColumn> columns = new ArrayList<>(List.of(RegistryColumn.HOUSEHOLD_NUMBER));
        columns.addAll(RegistryForm.MEMBER_COLUMNS);
        columns.addAll(RegistryForm.HOUSEHOLD_COLUMNS);
        return columns;
    }
}
