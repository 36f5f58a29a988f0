package org.fupin.household.web;

import java.util.List;
import org.fupin.access.Users;
import org.fupin.household.HouseholdPageAction;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The household page: members, income breakdown and 人均纯收入 against the poverty line. */
@Controller
record HouseholdPages(HouseholdRegistry households, RegionDirectory regions, Users users,
                      List<HouseholdPageAction> actions, org.fupin.income.IncomeItems incomeItems) {

    @GetMapping("/households/{id}")
    String household(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false) String saved,
                     @org.springframework.web.bind.annotation.RequestParam(required = false) String stale,
                     Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        HouseholdDetail household = households.household(scope, id)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        model.addAttribute("household", household);
        model.addAttribute("path", regions.path(scope, household.villageCode()));
        model.addAttribute("history", households.history(scope, id));
        // items recorded beside the yearly totals, e.g. an asset's dividend (issue #25), of every year
        model.addAttribute("incomeItems", incomeItems.ofHousehold(household.villageCode().substring(0, 6),
                household.householdNumber()));
        model.addAttribute("saved", saved != null);
        model.addAttribute("stale", stale != null);
        actions.forEach(action -> model.addAllAttributes(action.attributes()));
        model.addAttribute("actions", actions.stream().map(HouseholdPageAction::fragment).toList());
        return "household/household";
    }

    /** One member, read only, ID number masked (issue #20), with the way back to the household. */
    @GetMapping("/households/{id}/people/{position}")
    String person(@PathVariable long id, @PathVariable int position, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        HouseholdDetail household = households.household(scope, id)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        HouseholdDetail.Person person = household.members().stream().filter(p -> p.position() == position).findFirst()
                .orElseThrow(() -> new RegionScope.OutOfScopeException(id + "/" + position));
        model.addAttribute("h", household);
        model.addAttribute("p", person);
        model.addAttribute("path", regions.path(scope, household.villageCode()));
        return "household/person";
    }
}
