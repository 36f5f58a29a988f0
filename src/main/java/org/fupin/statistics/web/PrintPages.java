package org.fupin.statistics.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fupin.access.Users;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.statistics.RegionStatistics;
import org.fupin.statistics.Statistics;
import org.fupin.web.SmallCells;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Paper outputs laid out for A4 (户有卡、村有册、乡有簿、县有档): the household card, the village register and the
 * summary table of a township or county. All within the user's scope; ID numbers and phones stay masked.
 */
@Controller
record PrintPages(HouseholdRegistry households, RegionDirectory regions, Statistics statistics, Users users,
                  SmallCells smallCells) {

    /** 户卡: one household-year on one A4 page. */
    @GetMapping("/print/households/{id}")
    String householdCard(@PathVariable long id, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        HouseholdDetail household = households.household(scope, id)
                .orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        model.addAttribute("household", household);
        model.addAttribute("path", regions.path(scope, household.villageCode()));
        return "statistics/print-household";
    }

    /** 村册: every household of a village with its members, one block per household. */
    @GetMapping("/print/villages/{code}")
    String villageRegister(@PathVariable String code, @RequestParam(required = false) Integer year,
                           Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Region village = region(scope, code);
        if (village.level() != RegionLevel.VILLAGE) throw new RegionScope.OutOfScopeException(code);
        int shownYear = shownYear(statistics, scope, year);
        List<HouseholdDetail> register = households.householdsWithMembers(scope, code, shownYear);
        model.addAttribute("region", village);
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shownYear);
        model.addAttribute("households", register);
        model.addAttribute("persons", register.stream().mapToInt(h -> h.members().size()).sum());
        return "statistics/print-village";
    }

    /**
     * 乡有簿、县有档: the region's figures and one row per child region; {@code protect} hides, for tables shown
     * outside the office, counts below k and every figure that would give them away (ADR 0028), as the XLSX does.
     */
    @GetMapping("/print/regions/{code}")
    String summaryTable(@PathVariable String code, @RequestParam(required = false) Integer year,
                        @RequestParam(defaultValue = "false") boolean protect, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Region region = region(scope, code);
        int shownYear = shownYear(statistics, scope, year);
        Map<String, RegionStatistics> figures = statistics.withChildren(scope, code, shownYear).stream()
                .collect(Collectors.toMap(RegionStatistics::region, Function.identity()));
        model.addAttribute("region", region);
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shownYear);
        model.addAttribute("protect", protect);
        model.addAttribute("table", SummaryTable.of(regions.children(scope, code), figures, figures.get(code),
                smallCells, protect));
        return "statistics/print-region";
    }

    private Region region(RegionScope scope, String code) {
        return regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
    }

    /** The requested year, else the newest year with records in the scope, else this year. */
    static int shownYear(Statistics statistics, RegionScope scope, Integer year) {
        if (year != null) return year;
        List<Integer> years = statistics.years(scope);
        return years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
    }
}
