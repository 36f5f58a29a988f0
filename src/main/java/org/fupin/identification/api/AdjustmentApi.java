package org.fupin.identification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fupin.api.BadBody;
import org.fupin.api.Created;
import org.fupin.api.Bodies;
import org.fupin.api.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.identification.EventType;
import org.fupin.identification.ExitCalculations;
import org.fupin.identification.HouseholdEvents;
import org.fupin.identification.SnapshotPrefill;
import org.fupin.kernel.Verdict;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dynamic adjustment over REST: a household's events, a new event, next year's prefill, the village exit check. */
@Tag(name = "Dynamic adjustment", description = "Events that change a household between registry years, next year's prefill and the village exit check")
@RestController
@RequestMapping("/api/v1/identification")
record AdjustmentApi(HouseholdRegistry registry, HouseholdEvents events, SnapshotPrefill prefill,
                     ExitCalculations exits, Users users) {

    record EventBody(@jakarta.validation.constraints.NotNull EventType type, LocalDate date, String reason) {}

    @Operation(summary = "A household's events",
            description = "The events recorded for a household (birth, death, marriage, moving, ...), newest first.")
    @GetMapping("/households/{id}/events")
    List<HouseholdEvents.Event> history(@PathVariable long id, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        HouseholdDetail h = household(scope, id);
        return events.history(scope, h.villageCode(), h.householdNumber());
    }

    @Operation(summary = "Record an event",
            description = "Records an event of a household on a date (default today); it changes next year's registry.")
    @PostMapping("/households/{id}/events")
    Created record(@PathVariable long id, @RequestBody(required = false) EventBody body, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        household(scope, id);
        EventBody event = Bodies.valid(Bodies.orEmpty(body, EventBody.class));
        return new Created(events.record(scope, id, event.type(), event.date() == null ? LocalDate.now() : event.date(),
                event.reason(), null, user.getName()));
    }

    @Operation(summary = "Prefill next year",
            description = "Prefills a village's registry of the next year from this year's and the recorded events.")
    @PostMapping("/villages/{code}/prefill")
    SnapshotPrefill.Result prefill(@PathVariable String code, @RequestParam(required = false) Integer year,
                                   Authentication user) {
        RegionScope scope = users.scopeOf(user);
        scope.require(code);
        if (year == null) throw BadBody.because("year", "api.field.required");
        return prefill.prefill(scope, code, year, user.getName());
    }

    @Operation(summary = "May the village exit?",
            description = "The checks that decide whether a poor village may exit poverty in the year.")
    @GetMapping("/villages/{code}/exit")
    Verdict villageExit(@PathVariable String code, @RequestParam int year, Authentication user) {
        return exits.village(users.scopeOf(user), code, year);
    }

    private HouseholdDetail household(RegionScope scope, long id) {
        return registry.household(scope, id).orElseThrow(() -> new NotFoundException("household " + id));
    }
}
