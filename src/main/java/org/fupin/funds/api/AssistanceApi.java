package org.fupin.funds.api;

import org.fupin.api.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.assistance.Alerts;
import org.fupin.assistance.HouseholdAssistance;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.assistance.WorkTeams;
import org.fupin.assistance.domain.Staffing;
import org.fupin.funds.FundShare;
import org.fupin.funds.Funds;
import org.fupin.funds.Project;
import org.fupin.funds.ProjectLibrary;
import org.fupin.region.RegionScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assistance read API within the caller's scope: cadres, a household's pairings, visits, measures and loans, a
 * village's "3+2+1" staffing, a region's alerts, projects and fund-share report. Days default to today.
 */
@RestController
@RequestMapping("/api/v1/assistance")
record AssistanceApi(Organisations organisations, Pairings pairings, HouseholdAssistance assistance, WorkTeams teams, Alerts alerts, ProjectLibrary library, Funds funds, Users users, org.fupin.household.HouseholdRegistry registry, org.fupin.assistance.BattlePlan battlePlan) {

    /** Everything recorded about one household's assistance. */
    record HouseholdAssistanceView(List<Pairings.Pairing> pairings, List<Pairings.Visit> visits,
                                   List<HouseholdAssistance.Measure> measures, List<HouseholdAssistance.Loan> loans) {}

    /** The cadres belonging to or working in the caller's region (ADR 0032). */
    @GetMapping("/cadres")
    List<Organisations.Cadre> cadres(Authentication user) {
        return organisations.cadres(users.scopeOf(user));
    }

    @GetMapping("/households/{id}")
    HouseholdAssistanceView household(@PathVariable long id, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        if (registry.household(scope, id).isEmpty()) throw new NotFoundException("household " + id);
        return new HouseholdAssistanceView(pairings.history(scope, id), pairings.visits(scope, id),
                assistance.measures(scope, id), assistance.loans(scope, id));
    }

    @GetMapping("/regions/{code}/staffing")
    Staffing staffing(@PathVariable String code, @RequestParam(required = false)
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Authentication user) {
        return teams.staffing(users.scopeOf(user), code, on == null ? LocalDate.now() : on);
    }

    @GetMapping("/regions/{code}/alerts")
    Alerts.Summary alerts(@PathVariable String code, @RequestParam int year,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                          @RequestParam(required = false) Integer months, Authentication user) {
        return alerts.summary(users.scopeOf(user), code, year, on == null ? LocalDate.now() : on, months);
    }

    @GetMapping("/regions/{code}/projects")
    List<Project> projects(@PathVariable String code, @RequestParam int year, Authentication user) {
        return library.projects(users.scopeOf(user), code, year);
    }

    @GetMapping("/regions/{code}/battle-plan")
    org.fupin.assistance.BattlePlan.Progress battlePlan(@PathVariable String code, @RequestParam int registryYear,
                                                        @RequestParam int year, Authentication user) {
        return battlePlan.progress(users.scopeOf(user), code, registryYear, year);
    }

    @GetMapping("/regions/{code}/fund-share")
    FundShare fundShare(@PathVariable String code, @RequestParam int year, Authentication user) {
        return funds.share(users.scopeOf(user), code, year);
    }
}
