package org.fupin.household.api;

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
@RestController
@RequestMapping("/api/v1/households")
record HouseholdApi(HouseholdRegistry registry, Users users) {

    @GetMapping
    HouseholdRegistry.Page households(@RequestParam String region, @RequestParam int year,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size, Authentication user) {
        return registry.households(users.scopeOf(user), region, year, page, size);
    }

    @GetMapping("/{id}")
    HouseholdDetail household(@PathVariable long id, Authentication user) {
        return registry.household(users.scopeOf(user), id).orElseThrow(() -> new NotFoundException("household " + id));
    }
}
