package org.fupin.field.web;

import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.field.FieldWork;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The village cadre's phone (issue #20): the home with their village's work, the phone forms of a visit and a
 * measure (they post to the assistance pages' own addresses), and the page that works without a signal.
 */
@Controller
record FieldPages(FieldWork work, Users users, HouseholdRegistry registry, Pairings pairings,
                  org.fupin.monitoring.Monitoring monitoring) {

    /** A user bound to one village sees its work; anyone else goes to the ordinary home. */
    @GetMapping("/field")
    String home(Authentication user, Model model) {
        RegionScope scope = users.scopeOf(user);
        return work.home(scope, user.getName(), users.realName(user), LocalDate.now()).map(home -> {
            model.addAttribute("home", home);
            return "field/home";
        }).orElse("redirect:/");
    }

    /**
     * The household's monitoring: its latest episode, or the clue form filled with the household when it has none
     * (the household page's and the assistance page's link).
     */
    @GetMapping("/monitoring/households/{id}")
    String monitoring(@PathVariable long id, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        HouseholdDetail h = registry.household(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        List<org.fupin.monitoring.Views.Episode> episodes = monitoring.history(scope, h.villageCode(), h.householdNumber());
        if (!episodes.isEmpty()) return "redirect:/monitoring/episodes/" + episodes.get(episodes.size() - 1).id();
        return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/monitoring/clues/new")
                .queryParam("village", h.villageCode()).queryParam("householdNumber", h.householdNumber())
                .queryParam("headName", h.members().isEmpty() ? "" : h.members().get(0).name())
                .queryParam("memberCount", h.members().size()).encode().build().toUriString();
    }

    /** The page the service worker keeps: no data in it, everything comes from the device copy. */
    @GetMapping("/field/app")
    String app() {
        return "field/app";
    }

    @GetMapping("/field/households/{id}/visit")
    String visit(@PathVariable long id, Authentication user, Model model) {
        return form(id, user, model, "field/visit");
    }

    @GetMapping("/field/households/{id}/measure")
    String measure(@PathVariable long id, Authentication user, Model model) {
        return form(id, user, model, "field/measure");
    }

    /**
     * A form of one household: the cadres of its village only, by name and unit; the current user preselected when
     * they are one of them, else the household's paired cadre.
     */
    private String form(long id, Authentication user, Model model, String view) {
        RegionScope scope = users.scopeOf(user);
        HouseholdDetail h = registry.household(scope, id).orElseThrow(() -> new RegionScope.OutOfScopeException(String.valueOf(id)));
        List<Organisations.Cadre> cadres = work.cadres(h.villageCode());
        Long paired = pairings.history(scope, id).stream().filter(p -> p.end() == null).map(Pairings.Pairing::cadreId)
                .findFirst().orElse(null);
        Long me = work.me(h.villageCode(), user.getName(), users.realName(user)).map(Organisations.Cadre::id).orElse(null);
        model.addAttribute("h", h);
        model.addAttribute("headName", h.members().isEmpty() ? "" : h.members().get(0).name());
        model.addAttribute("cadres", cadres);
        model.addAttribute("chosen", me != null ? me : paired);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("categories", work.measureCategories(LocalDate.now()));
        model.addAttribute("statuses", org.fupin.assistance.MeasureStatus.values());
        return view;
    }
}
