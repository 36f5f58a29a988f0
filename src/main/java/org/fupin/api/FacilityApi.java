package org.fupin.api;

import java.util.List;
import org.fupin.access.Users;
import org.fupin.facilities.Coverage;
import org.fupin.facilities.Facilities;
import org.fupin.facilities.VillageFacility;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Village facilities of a region: the coverage per type and the rows themselves. */
@RestController
@RequestMapping("/api/v1/facilities")
class FacilityApi {

    private final Facilities facilities;
    private final Users users;

    FacilityApi(Facilities facilities, Users users) {
        this.facilities = facilities;
        this.users = users;
    }

    @GetMapping("/{code}")
    Coverage coverage(@PathVariable String code, @RequestParam int year, Authentication user) {
        return facilities.coverage(users.scopeOf(user), code, year);
    }

    @GetMapping("/{code}/rows")
    List<VillageFacility> rows(@PathVariable String code, @RequestParam int year, Authentication user) {
        return facilities.rows(users.scopeOf(user), code, year);
    }
}
