package org.fupin.household.web;

import java.util.List;
import org.fupin.access.Users;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdSearch;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.fupin.system.ReplicaReads;
import org.fupin.system.Transactions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Household search within a region: 户编号, a member's name or ID number, status, main cause, attribute. */
@Controller
@ReplicaReads
record SearchPages(HouseholdRegistry households, RegionDirectory regions, Dictionaries dictionaries, Users users,
                   org.fupin.household.RecordYears statistics, Transactions transactions) {

    @GetMapping("/households")
    String search(@RequestParam String region, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String q, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String cause, @RequestParam(required = false) String attribute,
                  @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        // one read-only transaction, one snapshot: from the replica when there is one (ADR 0045)
        return transactions.read(() -> {
            List<Integer> years = statistics.years(scope);
            int shownYear = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
            HouseholdSearch search = new HouseholdSearch(region, shownYear, q, status, cause, attribute);
            CodeLists codes = dictionaries.forYear(shownYear);
            model.addAttribute("search", search);
            model.addAttribute("path", regions.path(scope, region));
            model.addAttribute("years", years);
            model.addAttribute("statuses", codes.get(CodeLists.POVERTY_STATUS).entries());
            model.addAttribute("causes", codes.get(CodeLists.POVERTY_CAUSE).entries());
            model.addAttribute("attributes", codes.get(CodeLists.HOUSEHOLD_ATTRIBUTE).entries());
            model.addAttribute("result", households.search(scope, search, page, 50));
            return "household/households";
        });
    }
}
