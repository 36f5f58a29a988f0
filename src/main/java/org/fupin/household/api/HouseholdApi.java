package org.fupin.household.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.fupin.api.BadBody;
import org.fupin.api.NotFoundException;
import org.fupin.access.Users;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Household-years with their members (ID and phone numbers masked), within the caller's scope. */
@Tag(name = "Households", description = "The poverty registry: households of a year with their members (ID and phone numbers masked)")
@RestController
@RequestMapping("/api/v1/households")
record HouseholdApi(HouseholdRegistry registry, Users users) {

    @Operation(summary = "Households of a region and year",
            description = "The registry's households of the region in the year, in village and household-number order, a page at a time (at most 500), with the total.")
    @GetMapping
    HouseholdRegistry.Page households(@RequestParam String region, @RequestParam int year,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size,
                                      @Parameter(description = "Sort order: the registry's, village then household "
                                              + "number; the only one offered", schema = @Schema(allowableValues = {
                                              "village", "village,asc"}))
                                      @RequestParam(required = false) List<String> sort, Authentication user) {
        if (sort != null && sort.stream().anyMatch(s -> !s.equals("village") && !s.equals("village,asc"))) {
            throw BadBody.because("sort", "api.sort.households");
        }
        return registry.households(users.scopeOf(user), region, year, page, size);
    }

    @Operation(summary = "One household-year",
            description = "A household in one year with its members, income and attributes; ID and phone numbers masked.")
    @GetMapping("/{id}")
    HouseholdDetail household(@PathVariable long id, Authentication user) {
        return registry.household(users.scopeOf(user), id).orElseThrow(() -> new NotFoundException("household " + id));
    }
}
