package org.fupin.maps.web;

import java.util.List;
import org.fupin.access.Users;
import org.fupin.assistance.BattlePlan;
import org.fupin.household.RecordYears;
import org.fupin.maps.MapView;
import org.fupin.maps.Maps;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The battle map (作战图): the region's villages coloured by their state against the battle plan's planned exit
 * years in the chosen year (exited, due, overdue, later, not planned), the overdue villages by name, and the
 * households' exit progress per region one level down from {@link BattlePlan}. Within the user's scope only.
 */
@Controller
record BattleMapPages(Maps maps, BattlePlan battlePlan, RegionDirectory regions, Users users, RecordYears statistics) {

    @GetMapping("/maps/{code}/battle")
    String battle(@PathVariable String code, @RequestParam(required = false) Integer year, Authentication user,
                  Model model) {
        RegionScope scope = users.scopeOf(user);
        Region region = regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
        int shown = MapPages.shownYear(statistics, scope, year);
        List<Integer> years = statistics.years(scope);
        int registryYear = years.contains(shown) || years.isEmpty() ? shown
                : years.stream().filter(y -> y <= shown).findFirst().orElse(years.get(years.size() - 1));
        MapView view = maps.battle(scope, code, shown);
        model.addAttribute("region", region);
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shown);
        model.addAttribute("years", planYears(years));
        model.addAttribute("view", view);
        model.addAttribute("overdue", view.areas().stream()
                .filter(a -> a.legendClass() == Maps.BattleState.OVERDUE.ordinal()).toList());
        model.addAttribute("progress", battlePlan.progress(scope, code, registryYear, shown));
        return "maps/battle";
    }

    /** The years to choose from: the registry's years and the plan's span up to 2030, newest first. */
    private static List<Integer> planYears(List<Integer> registryYears) {
        int first = registryYears.isEmpty() ? 2014 : Math.min(2014, registryYears.get(registryYears.size() - 1));
        return java.util.stream.IntStream.rangeClosed(first, 2030).map(y -> 2030 + first - y).boxed().toList();
    }
}
