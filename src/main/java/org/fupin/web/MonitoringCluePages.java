package org.fupin.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.fupin.access.Users;
import org.fupin.monitoring.Monitoring;
import org.fupin.monitoring.MonitoringException;
import org.fupin.monitoring.Views;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recording a clue from a phone (issue #10): one column of large fields; the clue goes to
 * {@link Monitoring#recordClue} and the page moves on to its episode. A refused clue comes back with what was typed.
 */
@Controller
class MonitoringCluePages {

    private final Monitoring monitoring;
    private final MonitoringRefusals refusals;
    private final Users users;

    MonitoringCluePages(Monitoring monitoring, MonitoringRefusals refusals, Users users) {
        this.monitoring = monitoring;
        this.refusals = refusals;
        this.users = users;
    }

    @GetMapping("/monitoring/clues/new")
    String form(@RequestParam(defaultValue = "") String village, Model model) {
        Views.ClueInput empty = new Views.ClueInput(village, "", "", 1, Views.Channel.CADRE_SCREENING, "", "",
                LocalDate.now(), null, "");
        return show(empty, model);
    }

    @PostMapping("/monitoring/clues/new")
    String record(@RequestParam(defaultValue = "") String village, @RequestParam(defaultValue = "") String householdNumber,
                  @RequestParam(defaultValue = "") String headName, @RequestParam(defaultValue = "0") int memberCount,
                  @RequestParam(required = false) Views.Channel channel, @RequestParam(defaultValue = "") String department,
                  @RequestParam(defaultValue = "") String riskType,
                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate receivedOn,
                  @RequestParam(required = false) BigDecimal amount, @RequestParam(defaultValue = "") String detail,
                  Authentication user, Model model, Locale locale) {
        Views.ClueInput clue = new Views.ClueInput(village.strip(), householdNumber.strip(), headName.strip(),
                memberCount, channel, department.strip(), riskType, receivedOn, amount, detail);
        try {
            long episode = monitoring.recordClue(users.scopeOf(user), clue, user.getName());
            return "redirect:/monitoring/episodes/" + episode;
        } catch (MonitoringException e) {
            model.addAttribute("error", refusals.message(e, locale));
            return show(clue, model);
        }
    }

    private String show(Views.ClueInput clue, Model model) {
        model.addAttribute("clue", clue);
        model.addAttribute("channels", Views.Channel.values());
        model.addAttribute("riskTypes", monitoring.riskTypes());
        return "monitoring-clue";
    }
}
