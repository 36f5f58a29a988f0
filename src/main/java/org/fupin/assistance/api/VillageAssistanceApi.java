package org.fupin.assistance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.fupin.access.Users;
import org.fupin.api.Bodies;
import org.fupin.api.Created;
import org.fupin.api.NotFoundException;
import org.fupin.assistance.BattlePlan;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Outcome;
import org.fupin.assistance.ReasonMessages;
import org.fupin.assistance.VillageStaff;
import org.fupin.assistance.WorkTeams;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A village's assistance over REST (issue #27): its leaders (the 3 of 3+2+1), the units that help it (联村), its
 * work teams (驻村工作队) and its planned exit year, written and read back by id and date. Each calls the module method
 * the region page calls ({@link VillageStaff} underlies its staffing), so scope, rules and audit are the same; the
 * body is checked only after the village was found in the caller's scope.
 */
@Tag(name = "Village assistance", description = "A village's assistance, written and read back: its leaders at "
        + "county, township and village level, the units that help it, its resident work teams and the village's "
        + "planned exit year")
@RestController
@RequestMapping("/api/v1/assistance/regions/{code}")
record VillageAssistanceApi(RegionDirectory regions, Organisations organisations, WorkTeams teams, VillageStaff staff,
                            BattlePlan battlePlan, ReasonMessages reasons, Users users) {

    @Schema(description = "A cadre leading the village at a level from a day on")
    record LeaderBody(@NotNull @Schema(description = "Id of a cadre shown to the caller (GET /api/v1/assistance/cadres)")
                      Long cadreId,
                      @NotBlank @Schema(description = "The level the cadre leads at; another is refused as "
                              + "LEADER_LEVEL (409)", allowableValues = {"COUNTY", "TOWNSHIP", "VILLAGE"}) String level,
                      @NotNull LocalDate start) {}

    @Schema(description = "A unit helping the village from a day on")
    record LinkBody(@NotNull @Schema(description = "Id of a unit shown to the caller (GET /api/v1/assistance/units)")
                    Long unitId,
                    @NotNull LocalDate start) {}

    @Schema(description = "A resident work team sent to the village for a term")
    record TeamBody(@Schema(description = "Id of the unit sending the team, if any") Long unitId,
                    @NotNull LocalDate termStart, @NotNull LocalDate termEnd,
                    @NotNull @Schema(description = "Id of the cadre leading the team") Long leaderId,
                    @Schema(description = "Ids of the other members") List<Long> memberIds) {}

    @Schema(description = "The year the village plans to leave poverty")
    record VillageExitPlanBody(@NotNull @Min(2000) @Max(2100) Integer plannedYear) {}

    @Operation(summary = "A village's leaders", description = "Every cadre assigned to lead the village, past and "
            + "present: the assignment's id, the cadre's id and name, their unit, the level (COUNTY, TOWNSHIP or "
            + "VILLAGE) and the first and last day (no last day: still leading); by name, then start.")
    @GetMapping("/leaders")
    List<VillageStaff.VillageLeader> leaders(@PathVariable String code, Authentication user) {
        return staff.leaders(village(code, user), code);
    }

    @Operation(summary = "The units helping a village", description = "Every unit linked to the village, past "
            + "and present: the link's id, the unit's id, name and level and the first and last day (no last day: "
            + "still helping); by unit name, then start.")
    @GetMapping("/links")
    List<VillageStaff.UnitLink> links(@PathVariable String code, Authentication user) {
        return staff.links(village(code, user), code);
    }

    @Operation(summary = "A village's work teams", description = "Every resident work team sent to the village: its "
            + "id, the sending unit (if any), the term and its members (cadre id and name, the leader first); by "
            + "the start of the term.")
    @GetMapping("/teams")
    List<VillageStaff.WorkTeam> workTeams(@PathVariable String code, Authentication user) {
        return staff.teams(village(code, user), code);
    }

    @Operation(summary = "A village's planned exit year", description = "The year the poor village plans to leave "
            + "poverty, as written with PUT; plannedYear is null while none is planned.")
    @GetMapping("/exit-plan")
    BattlePlan.VillagePlan villagePlan(@PathVariable String code, Authentication user) {
        return battlePlan.villagePlan(village(code, user), code);
    }

    @Operation(summary = "Assign a village leader", description = "Makes a cadre a leader of the village at county, "
            + "township or village level from the start day on; refused (409) for an unknown cadre or level. Audited.")
    @PostMapping("/leaders")
    @ResponseStatus(HttpStatus.CREATED)
    Created leader(@PathVariable String code, @RequestBody(required = false) LeaderBody body, Authentication user,
                   Locale locale) {
        return change(code, user, locale, scope -> {
            LeaderBody b = Bodies.valid(Bodies.orEmpty(body, LeaderBody.class));
            return organisations.assignLeader(scope, b.cadreId(), code, b.level(), b.start());
        });
    }

    @Operation(summary = "UnitLink a helping unit to the village", description = "The unit helps the village from the "
            + "start day on; refused (409 UNIT_UNKNOWN) for a unit not shown to the caller. Audited.")
    @PostMapping("/links")
    @ResponseStatus(HttpStatus.CREATED)
    Created link(@PathVariable String code, @RequestBody(required = false) LinkBody body, Authentication user,
                 Locale locale) {
        return change(code, user, locale, scope -> {
            LinkBody b = Bodies.valid(Bodies.orEmpty(body, LinkBody.class));
            return organisations.linkVillage(scope, b.unitId(), code, b.start());
        });
    }

    @Operation(summary = "Send a work team to the village", description = "A resident work team with its leader and "
            + "members for the term; refused with every check it breaks (too few members, a term too short, unknown "
            + "cadres or unit) as 409. Audited.")
    @PostMapping("/teams")
    @ResponseStatus(HttpStatus.CREATED)
    Created team(@PathVariable String code, @RequestBody(required = false) TeamBody body, Authentication user,
                 Locale locale) {
        return change(code, user, locale, scope -> {
            TeamBody b = Bodies.valid(Bodies.orEmpty(body, TeamBody.class));
            return teams.send(scope, code, b.unitId(), b.termStart(), b.termEnd(),
                    WorkTeams.team(b.leaderId(), b.memberIds() == null ? List.of() : b.memberIds()));
        });
    }

    @Operation(summary = "Plan the village's exit year", description = "Sets the year the poor village plans to leave "
            + "poverty, as the battle plan counts it; the answer's id is the village code. Audited.")
    @PutMapping("/exit-plan")
    Created exitPlan(@PathVariable String code, @RequestBody(required = false) VillageExitPlanBody body,
                     Authentication user, Locale locale) {
        return change(code, user, locale, scope -> battlePlan.planVillage(scope, code,
                Bodies.valid(Bodies.orEmpty(body, VillageExitPlanBody.class)).plannedYear()));
    }

    /** The region in scope (404 otherwise), then the change; a refusal is 409 with its reasons as sentences. */
    private Created change(String code, Authentication user, Locale locale, Function<RegionScope, Outcome> change) {
        return new Created(reasons.idOrRefused(change.apply(village(code, user)), locale));
    }

    /** The caller's scope once the region was found in it; 404 otherwise (and for a region that is no village). */
    private RegionScope village(String code, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        if (regions.find(scope, code).isEmpty()) throw new NotFoundException("region " + code);
        return scope;
    }
}
