package org.fupin.indicators.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.indicators.Indicators;
import org.fupin.kernel.Seen;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 小康 dashboard of a region: total, areas, count at target, largest gaps, every indicator, and value entry. */
@Controller
record IndicatorPages(Indicators indicators, RegionDirectory regions, Users users,
                      org.springframework.context.MessageSource messages) {

    @GetMapping("/indicators/{code}")
    String dashboard(@PathVariable String code, @RequestParam(required = false) Integer year,
                     @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        Region region = regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
        List<Indicators.YearTotal> trend = indicators.trend(scope, code, set);
        int shown = year != null ? year : trend.isEmpty() ? java.time.Year.now().getValue() : trend.get(trend.size() - 1).year();
        Indicators.Report report = indicators.attainment(scope, code, shown, set);
        model.addAttribute("region", region);
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("year", shown);
        model.addAttribute("set", set);
        model.addAttribute("report", report);
        model.addAttribute("trend", trend);
        model.addAttribute("topGaps", report.attainment().gaps().stream().limit(5).toList());
        List<Region> children = regions.children(scope, code);
        model.addAttribute("childNames", children.stream().collect(java.util.stream.Collectors.toMap(Region::code, Region::name)));
        model.addAttribute("comparison", indicators.compare(scope, children.stream().map(Region::code).toList(), shown, set)
                .stream().filter(t -> t.total() != null).toList());
        model.addAttribute("bases", indicators.bases(scope, code, shown, set));
        model.addAttribute("versions", indicators.versions(scope, code, shown, set));
        model.addAttribute("computable", indicators.computable(set).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.indicatorCode(), r -> r)));
        return "indicators/indicators";
    }

    /** Computes the mapped indicators from the registry and the village facilities (the same facade as REST and CLI). */
    @PostMapping("/indicators/{code}/compute")
    String compute(@PathVariable String code, @RequestParam int year,
                   @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set,
                   @RequestParam(defaultValue = "false") boolean overwrite, Authentication user,
                   org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        flash.addFlashAttribute("computeResult", indicators.compute(users.scopeOf(user), code, year, set, user.getName(),
                overwrite));
        return "redirect:/indicators/" + code + "?year=" + year + "&set=" + set;
    }

    @PostMapping("/indicators/{code}")
    String save(@PathVariable String code, @RequestParam int year,
                @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set,
                @RequestParam MultiValueMap<String, String> params, Authentication user, Locale locale,
                org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, BigDecimal> stored = indicators.attainment(users.scopeOf(user), code, year, set).actuals();
        for (var indicator : indicators.set(set)) {
            Integer version = Seen.parse(params.getFirst("version-" + indicator.code())).version();
            if (version != null) seen.put(indicator.code(), version);
            String raw = params.getFirst("value-" + indicator.code());
            if (raw == null || !raw.strip().matches("-?\\d+(\\.\\d+)?")) continue;
            BigDecimal value = new BigDecimal(raw.strip());
            BigDecimal before = stored.get(indicator.code());
            // unchanged values keep their source (a computed value stays computed, with its basis)
            if (before == null || before.compareTo(value) != 0) values.put(indicator.code(), value);
        }
        List<Indicators.Changed> changed = indicators.save(users.scopeOf(user), code, year, set, values, seen,
                "ENTERED", user.getName());
        if (!changed.isEmpty()) flash.addFlashAttribute("stale", stale(set, changed, locale));
        return "redirect:/indicators/" + code + "?year=" + year + "&set=" + set;
    }

    /**
     * Optimistic locking (issue #23, ADR 0031): the values someone else saved after the form was opened, each with
     * its indicator's name and its value now; the dashboard shows them above the current values.
     */
    private List<String> stale(String set, List<Indicators.Changed> changed, Locale locale) {
        Map<String, String> names = new java.util.HashMap<>();
        indicators.set(set).forEach(i -> names.put(i.code(), i.name()));
        return changed.stream().map(c -> messages.getMessage("web.indicators.staleItem", new Object[] {c.indicatorCode(),
                names.getOrDefault(c.indicatorCode(), ""), c.now() == null ? "-" : c.now().stripTrailingZeros()
                        .toPlainString()}, locale)).toList();
    }
}
