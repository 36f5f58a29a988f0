package org.fupin.monitoring.web;

import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.kernel.Seen;
import org.fupin.monitoring.MonitoringException;
import org.fupin.monitoring.MonitoringRanges;
import org.fupin.monitoring.Views;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring ranges page (issue #17): year by year the range that applies to the user's region and where it comes
 * from (its own, its city's, province's or the national setting), the settings with who set them, and for county and
 * system administrators the form that sets a year's range. Same facade as REST and the CLI.
 */
@Controller
record MonitoringRangePages(MonitoringRanges ranges, RegionDirectory regions, Users users, MessageSource messages) {

    static final int FIRST_YEAR = 2020;

    /**
     * A range form as posted; the value is an amount in yuan or a factor, by basis; {@code seen}: the versions of the
     * settings the page listed (ADR 0031), so that a setting changed since the page was shown is not overwritten.
     */
    record RangeForm(String region, Integer year, RangeRule.Basis basis, BigDecimal value, BigDecimal dibaoMonthly,
                     String source, String seen) {}

    @GetMapping("/monitoring/ranges")
    String page(@RequestParam(required = false) String region, Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        String code = region == null || region.isBlank() ? regions.roots(scope).stream().findFirst().map(Region::code)
                .orElseThrow(() -> new RegionScope.OutOfScopeException("")) : region;
        Region shown = regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
        int thisYear = Year.now().getValue();
        List<Views.YearRange> years = ranges.years(scope, code, FIRST_YEAR, thisYear + 1);
        List<Views.RangeSetting> settings = ranges.settings(scope, code);
        Map<String, String> names = new LinkedHashMap<>();
        years.stream().filter(y -> y.range() != null).forEach(y -> names.computeIfAbsent(y.range().regionPrefix(), this::name));
        settings.forEach(s -> names.computeIfAbsent(s.regionPrefix(), this::name));
        model.addAttribute("region", shown);
        model.addAttribute("path", regions.path(scope, code));
        model.addAttribute("years", years);
        model.addAttribute("settings", settings);
        Map<String, Integer> versions = new LinkedHashMap<>();
        settings.forEach(s -> versions.put(s.regionPrefix() + "/" + s.year(), s.version()));
        model.addAttribute("seen", Seen.encode(versions));
        model.addAttribute("history", ranges.history(scope, code));
        model.addAttribute("names", names);
        model.addAttribute("bases", RangeRule.Basis.values());
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("canSet", MonitoringPages.mayConfigure(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RangeForm(code, thisYear, RangeRule.Basis.AMOUNT, null, null, "", null));
        }
        return "monitoring/ranges";
    }

    @PostMapping("/monitoring/ranges")
    String set(RangeForm form, Authentication user, Locale locale, Model model) {
        RegionScope scope = users.scopeOf(user);
        try {
            if (form.year() == null || form.basis() == null || form.value() == null) {
                throw new MonitoringException("RANGE_INCOMPLETE");
            }
            String prefix = scope.require(form.region()).prefix();
            ranges.setRangeOf(scope, form.region(), form.year(), new RangeRule(form.basis(), form.value()),
                    form.dibaoMonthly(), form.source(), user.getName(), Seen.in(form.seen(), prefix + "/" + form.year()));
            return "redirect:/monitoring/ranges?region=" + form.region() + "&saved";
        } catch (MonitoringException | IllegalArgumentException e) {
            String key = e instanceof MonitoringException m ? m.messageKey() : "monitoring.error.RANGE_INVALID";
            Object[] args = e instanceof MonitoringException m ? m.args() : new Object[0];
            model.addAttribute("error", messages.getMessage(key, args, key, locale));
            model.addAttribute("form", form);
            return page(form.region(), user, model);
        }
    }

    /** The name of the region a setting's prefix stands for ('' = the whole country). */
    private String name(String prefix) {
        if (prefix.isEmpty()) return "";
        String code = (prefix + "000000000000").substring(0, 12);
        return regions.find(RegionScope.ALL, code).map(Region::name).orElse(code);
    }
}
