package org.fupin.web;

import java.util.List;
import org.fupin.access.Users;
import org.fupin.facilities.Facilities;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A region's village facility coverage: per type, villages with it of the reporting villages, and those lacking it. */
@Controller
class FacilityPages {

    private final Facilities facilities;
    private final RegionDirectory regions;
    private final Users users;

    FacilityPages(Facilities facilities, RegionDirectory regions, Users users) {
        this.facilities = facilities;
        this.regions = regions;
        this.users = users;
    }

    /** The user's own top region. */
    @GetMapping("/facilities")
    String home(Authentication user) {
        List<Region> roots = regions.roots(users.scopeOf(user));
        return roots.isEmpty() ? "redirect:/" : "redirect:/facilities/" + roots.get(0).code();
    }

    @GetMapping("/facilities/{code}")
    String coverage(@PathVariable String code, @RequestParam(required = false) Integer year, Authentication user,
                    Model model) {
        RegionScope scope = users.scopeOf(user);
        Region region = regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
        List<Integer> years = facilities.years(scope, code);
        int shown = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(years.size() - 1);
        model.addAttribute("region", region);
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("coverage", facilities.coverage(scope, code, shown));
        model.addAttribute("children", regions.children(scope, code));
        return "facilities";
    }
}
