package org.fupin.funds.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Assistance", description = "Who helps whom and with what: cadres, pairings, visits, measures, micro-credit loans, a village's staffing, alerts, projects and the fund-share report of a region")
@RestController
@RequestMapping("/api/v1/assistance")
record AssistanceApi(Organisations organisations, Pairings pairings, HouseholdAssistance assistance, WorkTeams teams, Alerts alerts, ProjectLibrary library, Funds funds, Users users, org.fupin.household.HouseholdRegistry registry, org.fupin.assistance.BattlePlan battlePlan) {

    /** Everything recorded about one household's assistance. */
    record HouseholdAssistanceView(List<Pairings.Pairing> pairings, List<Pairings.Visit> visits,
                                   List<HouseholdAssistance.Measure> measures, List<HouseholdAssistance.Loan> loans) {}

    /** The cadres belonging to or working in the caller's region (ADR 0032). */
    @Operation(summary = "Cadres of the caller's region",
            description = "The cadres who belong to or work in the caller's region, each with their unit and post.")
    @GetMapping("/cadres")
    List<Organisations.Cadre> cadres(Authentication user) {
        return organisations.cadres(users.scopeOf(user));
    }

    @Operation(summary = "A household's assistance",
            description = "Everything recorded about one household's assistance: its pairings with cadres (current and past), the visits, the measures and the micro-credit loans.")
    @GetMapping("/households/{id}")
    HouseholdAssistanceView household(@PathVariable long id, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        if (registry.household(scope, id).isEmpty()) throw new NotFoundException("household " + id);
        return new HouseholdAssistanceView(pairings.history(scope, id), pairings.visits(scope, id),
                assistance.measures(scope, id), assistance.loans(scope, id));
    }

    @Operation(summary = "A village's staffing on a day",
            description = "Whether a village has its first secretary, work team and paired cadres (the 3+2+1 staffing) on the given day (default today).")
    @GetMapping("/regions/{code}/staffing")
    Staffing staffing(@PathVariable String code, @RequestParam(required = false)
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Authentication user) {
        return teams.staffing(users.scopeOf(user), code, on == null ? LocalDate.now() : on);
    }

    @Operation(summary = "Assistance alerts of a region",
            description = "The region's households of the registry year without a paired cadre on the day (default today), and the cadres without a visit within the last months (default the year's parameter).")
    @GetMapping("/regions/{code}/alerts")
    Alerts.Summary alerts(@PathVariable String code, @RequestParam int year,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                          @RequestParam(required = false) Integer months, Authentication user) {
        return alerts.summary(users.scopeOf(user), code, year, on == null ? LocalDate.now() : on, months);
    }

    @Operation(summary = "Projects of a region in a year",
            description = "The projects of the project library located in the region for the year, with their funds.")
    @GetMapping("/regions/{code}/projects")
    List<Project> projects(@PathVariable String code, @RequestParam int year, Authentication user) {
        return library.projects(users.scopeOf(user), code, year);
    }

    @Operation(summary = "Progress of the battle plan",
            description = "How far the region's plan for the households of the registry year has come by the given year.")
    @GetMapping("/regions/{code}/battle-plan")
    org.fupin.assistance.BattlePlan.Progress battlePlan(@PathVariable String code, @RequestParam int registryYear,
                                                        @RequestParam int year, Authentication user) {
        return battlePlan.progress(users.scopeOf(user), code, registryYear, year);
    }

    @Operation(summary = "Fund-share report",
            description = "How the year's assistance funds of the region were shared among industries, households and villages.")
    @GetMapping("/regions/{code}/fund-share")
    FundShare fundShare(@PathVariable String code, @RequestParam int year, Authentication user) {
        return funds.share(users.scopeOf(user), code, year);
    }
}
