package org.fupin.statistics.web;

import java.util.List;
import org.fupin.household.domain.PovertyStatus;
import org.fupin.access.Users;
import org.fupin.system.ReplicaReads;
import org.fupin.system.SystemFlags;
import org.fupin.system.Transactions;
import org.fupin.household.HouseholdRegistry;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Home, region pages (figures of the region and its children, households of a village) and the login page. Read
 * from the replica when there is one (ADR 0045): a region page is one read-only transaction, one snapshot.
 */
@Controller
@ReplicaReads
class RegionPages {

    /** Figure → the household list behind it (status filter; "" = every household). */
    private static final java.util.Map<String, String> DRILL_THROUGH = java.util.Map.of("households", "",
            "persons", "", "poorHouseholds", org.fupin.household.HouseholdSearch.POOR,
            "poorPersons", org.fupin.household.HouseholdSearch.POOR, "exitedHouseholds", PovertyStatus.EXITED, "returnedHouseholds", PovertyStatus.RETURNED);

    private final RegionDirectory regions;
    private final Statistics statistics;
    private final HouseholdRegistry households;
    private final Users users;
    private final SystemFlags flags;
    private final org.fupin.statistics.Flows flows;
    private final Transactions transactions;

    RegionPages(RegionDirectory regions, Statistics statistics, HouseholdRegistry households, Users users, SystemFlags flags,
                org.fupin.statistics.Flows flows, Transactions transactions) {
        this.flows = flows;
        this.transactions = transactions;
        this.regions = regions;
        this.statistics = statistics;
        this.households = households;
        this.users = users;
        this.flags = flags;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Goes straight to the user's county: down the tree while there is only one region to choose. */
    @GetMapping("/")
    String home(Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        // a village cadre's first page is their village's work, then the figures (issue #20)
        if (org.fupin.access.Role.anyHeldBy(user, org.fupin.access.Role.VILLAGE_CADRE, org.fupin.access.Role.WORK_TEAM_MEMBER)
                && scope.prefix().length() == RegionLevel.VILLAGE.prefixLength()) {
            return "redirect:/field";
        }
        List<Region> level = regions.roots(scope);
        while (level.size() == 1 && level.get(0).level().ordinal() < RegionLevel.COUNTY.ordinal()) {
            List<Region> children = regions.children(scope, level.get(0).code());
            if (children.isEmpty()) break;
            level = children;
        }
        if (level.size() == 1) return "redirect:/regions/" + level.get(0).code();
        model.addAttribute("roots", level);
        return "home";
    }

    /** The composition tables, loaded only when the clerk opens them (a county-wide scan at national scale). */
    @GetMapping("/regions/{code}/composition")
    String composition(@PathVariable String code, @RequestParam int year, Authentication user, Model model) {
        model.addAttribute("composition", statistics.composition(users.scopeOf(user), code, year));
        return "fragments :: composition";
    }

    /** Flows into every year with records from the year before, loaded when opened (one scan per year). */
    @GetMapping("/regions/{code}/flows")
    String flows(@PathVariable String code, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        List<Integer> years = statistics.series(scope, code).stream().map(RegionStatistics::year).toList();
        model.addAttribute("flows", years.stream().skip(1).map(y -> flows.between(scope, code, y)).toList());
        return "fragments :: flows";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        transactions.read(() -> fill(model, scope, code, year, page));
        return "statistics/region";
    }

    private Model fill(Model model, RegionScope scope, String code, Integer year, int page) {
        Region region = regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
        List<Integer> years = statistics.years(scope);
        int shownYear = year != null ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
        List<RegionStatistics> figures = statistics.withChildren(scope, code, shownYear);
        model.addAttribute("region", region);
        model.addAttribute("drill", DRILL_THROUGH);
        model.addAttribute("demo", flags.isSet(SystemFlags.DEMO_DATA));
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shownYear);
        model.addAttribute("years", years);
        model.addAttribute("figures", figures.stream().filter(f -> f.region().equals(code)).findFirst().orElseThrow());
        model.addAttribute("series", statistics.series(scope, code));
        model.addAttribute("predecessors", statistics.predecessors(scope, code));
        List<Region> children = regions.children(scope, code, shownYear);
        model.addAttribute("children", children);
        model.addAttribute("childFigures", figures.stream()
                .filter(f -> children.stream().anyMatch(c -> c.code().equals(f.region())))
                .collect(java.util.stream.Collectors.toMap(RegionStatistics::region, f -> f)));
        if (region.level() == RegionLevel.VILLAGE || region.level() == RegionLevel.TOWNSHIP) {
            model.addAttribute("households", households.households(scope, code, shownYear, page, 50));
        }
        return model;
    }
}
