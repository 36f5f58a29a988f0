package org.fupin.statistics.api;

import org.fupin.access.Users;
import org.fupin.statistics.Statistics;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Figures of a region (and, on request, of every region below it) for one year. */
@RestController
@RequestMapping("/api/v1/statistics")
record StatisticsApi(Statistics statistics, Users users, org.fupin.statistics.Flows flows) {

    @GetMapping("/{code}/flows")
    org.fupin.statistics.Flows.YearFlows flows(@PathVariable String code, @RequestParam int year, Authentication user) {
        return flows.between(users.scopeOf(user), code, year);
    }

    /** The region's figures for every year with records, oldest first. */
    @GetMapping("/{code}/series")
    java.util.List<org.fupin.statistics.RegionStatistics> series(@PathVariable String code, Authentication user) {
        return statistics.series(users.scopeOf(user), code);
    }

    @GetMapping("/{code}/composition")
    org.fupin.statistics.Composition composition(@PathVariable String code, @RequestParam int year, Authentication user) {
        return statistics.composition(users.scopeOf(user), code, year);
    }

    @GetMapping("/{code}")
    Object statistics(@PathVariable String code, @RequestParam int year,
                      @RequestParam(defaultValue = "false") boolean withDescendants, Authentication user) {
        return withDescendants ? statistics.withDescendants(users.scopeOf(user), code, year)
                : statistics.forRegion(users.scopeOf(user), code, year);
    }
}
