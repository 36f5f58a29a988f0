package org.fupin.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.kernel.Check;
import java.util.HashMap;
import java.util.Map;
import org.fupin.access.Users;
import org.fupin.monitoring.SocialAssistanceView;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Monitoring and social assistance in one view (issue #17): households and persons of a region by layer on a date,
 * the households behind each number, referrals to 民政 and registered 低保/特困 households missing from the list.
 */
@Controller
record SocialAssistancePages(SocialAssistanceView view, RegionDirectory regions, Users users, MessageSource messages,
                             Dictionaries dictionaries) {

    @GetMapping("/monitoring/layers")
    String layers(@RequestParam(required = false) String region,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam(required = false) String layer, Authentication user, Locale locale,
                  Model model) {
        RegionScope scope = users.scopeOf(user);
        String area = region == null || region.isBlank()
                ? regions.roots(scope).stream().findFirst().map(Region::code).orElse(null) : region.strip();
        LocalDate shown = date == null ? LocalDate.now() : date;
        model.addAttribute("date", shown);
        model.addAttribute("region", area);
        if (area == null) return "monitoring/layers";
        SocialAssistanceView.View v = view.view(scope, area, shown);
        model.addAttribute("view", v);
        model.addAttribute("regionName", regions.find(scope, area).map(Region::name).orElse(area));
        Map<String, String> labels = new HashMap<>();
        v.listLayers().forEach(l -> labels.put(l.code(), l.label()));
        model.addAttribute("listLabels", labels);
        model.addAttribute("layer", layer);
        model.addAttribute("rows", layer == null || layer.isBlank() ? null : v.with(layer));
        Map<String, String> names = new HashMap<>();
        v.households().stream().map(SocialAssistanceView.Household::villageCode).distinct()
                .forEach(code -> regions.find(scope, code).ifPresent(r -> names.put(code, r.name())));
        model.addAttribute("names", names);
        Map<String, List<String>> findings = new HashMap<>();
        v.households().stream().filter(h -> !h.findings().isEmpty()).forEach(h -> findings.put(
                h.villageCode() + "/" + h.householdNumber(),
                h.findings().stream().map(c -> sentence(c, labels, v.registryYear(), locale)).toList()));
        model.addAttribute("findings", findings);
        return "monitoring/layers";
    }

    /** A finding in words; the 贫困户属性 and the layer it names are given by their labels, not their codes. */
    private String sentence(Check c, Map<String, String> labels, Integer year, Locale locale) {
        Object[] args = c.name().equals("MISSING_FROM_LIST") ? new Object[] {
                dictionaries.forYear(year).get(CodeLists.HOUSEHOLD_ATTRIBUTE).label(String.valueOf(c.numbers().get(0)))
                        .orElse(""),
                labels.getOrDefault(String.valueOf(c.numbers().get(1)), "")} : c.numbers().toArray();
        return messages.getMessage("monitoring.check." + c.name(), args, c.name(), locale);
    }
}
