package org.fupin.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.monitoring.Monitoring;
import org.fupin.monitoring.MonitoringException;
import org.fupin.monitoring.Views;
import org.fupin.region.Region;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording a clue from a phone (issue #10): first the village (skipped for a cadre of one village), then one column
 * of large fields; the clue goes to {@link Monitoring#recordClue} and the page moves on to its episode. A refused
 * clue comes back with what was typed.
 */
@Controller
record MonitoringCluePages(Monitoring monitoring, MonitoringRefusals refusals, RegionDirectory regions, Users users) {

    /** The form for a village: the one given, or the user's only village; otherwise first the choice of village. */
    @GetMapping("/monitoring/clues/new")
    String form(@RequestParam(defaultValue = "") String village, @RequestParam(defaultValue = "false") boolean choose,
                @RequestParam(defaultValue = "") String householdNumber, @RequestParam(defaultValue = "") String headName,
                @RequestParam(defaultValue = "1") int memberCount, Authentication user, Model model, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        List<Region> villages = scope.prefix().length() < RegionLevel.COUNTY.prefixLength() ? List.of()
                : regions.subtree(scope, scope.lowestCode()).stream().filter(r -> r.level() == RegionLevel.VILLAGE).toList();
        String chosen = village.strip();
        if (chosen.isEmpty() && !choose && villages.size() == 1) chosen = villages.get(0).code();
        model.addAttribute("villages", villages);
        if (!chosen.isEmpty() && !(RegionCode.parse(chosen).isValid() && scope.permits(chosen))) {
            model.addAttribute("error", refusals.text("monitoring.page.villageUnknown", locale));
            chosen = "";
        }
        // from a household's page or the cadre's home (issue #20) the household comes filled in
        Views.ClueInput empty = new Views.ClueInput(chosen, householdNumber.strip(), headName.strip(),
                Math.max(1, memberCount), Views.Channel.CADRE_SCREENING, "", "", LocalDate.now(), null, "");
        return show(scope, empty, model);
    }

    /** Like POST /api/v1/monitoring/villages/{code}/clues: the village is in the path and checked first. */
    @PostMapping("/monitoring/villages/{code}/clues")
    String record(@PathVariable String code, @RequestParam(defaultValue = "") String householdNumber,
                  @RequestParam(defaultValue = "") String headName, @RequestParam(defaultValue = "0") int memberCount,
                  @RequestParam(required = false) Views.Channel channel, @RequestParam(defaultValue = "") String department,
                  @RequestParam(defaultValue = "") String riskType,
                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn,
                  @RequestParam(required = false) BigDecimal amount, @RequestParam(defaultValue = "") String detail,
                  Authentication user, Model model, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        scope.require(code);
        Views.ClueInput clue = new Views.ClueInput(code, householdNumber.strip(), headName.strip(), memberCount,
                channel, department.strip(), riskType, receivedOn, amount, detail);
        try {
            return "redirect:/monitoring/episodes/" + monitoring.recordClue(scope, clue, user.getName());
        } catch (MonitoringException e) {
            model.addAttribute("error", refusals.message(e, locale));
            model.addAttribute("villages", List.of());
            return show(scope, clue, model);
        }
    }

    private String show(RegionScope scope, Views.ClueInput clue, Model model) {
        model.addAttribute("clue", clue);
        model.addAttribute("villageName", clue.villageCode().isEmpty() ? ""
                : regions.find(scope, clue.villageCode()).map(Region::name).orElse(""));
        model.addAttribute("channels", Views.Channel.values());
        model.addAttribute("riskTypes", monitoring.riskTypes());
        return "monitoring/clue";
    }
}
