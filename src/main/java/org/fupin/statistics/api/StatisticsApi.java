package org.fupin.statistics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fupin.access.Users;
import org.fupin.statistics.Statistics;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.fupin.system.ReplicaReads;

/** Figures of a region (and, on request, of every region below it) for one year. */
@Tag(name = "Statistics", description = "Figures of a region in a year: poor households and people, incidence, flows in and out, composition and series")
@RestController
@ReplicaReads
@RequestMapping("/api/v1/statistics")
record StatisticsApi(Statistics statistics, Users users, org.fupin.statistics.Flows flows) {

    @Operation(summary = "Flows of a year",
            description = "How many households and people entered, left and returned in the region's year.")
    @GetMapping("/{code}/flows")
    org.fupin.statistics.Flows.YearFlows flows(@PathVariable String code, @RequestParam int year, Authentication user) {
        return flows.between(users.scopeOf(user), code, year);
    }

    /** The region's figures for every year with records, oldest first. */
    @Operation(summary = "Figures of every year",
            description = "The region's figures in every year with a registry.")
    @GetMapping("/{code}/series")
    java.util.List<org.fupin.statistics.RegionStatistics> series(@PathVariable String code, Authentication user) {
        return statistics.series(users.scopeOf(user), code);
    }

    @Operation(summary = "Composition of the poor",
            description = "The region's poor households by cause of poverty, attribute and other characteristics.")
    @GetMapping("/{code}/composition")
    org.fupin.statistics.Composition composition(@PathVariable String code, @RequestParam int year, Authentication user) {
        return statistics.composition(users.scopeOf(user), code, year);
    }

    @Operation(summary = "Figures of a region",
            description = "The region's figures in the year: households, people, poor households and people, incidence. With withDescendants, a list with the region and every region below it.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
            description = "One region's figures, or with withDescendants a list of them",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(oneOf = {
                            org.fupin.statistics.RegionStatistics.class, org.fupin.statistics.RegionStatistics[].class})))
    @GetMapping("/{code}")
    Object statistics(@PathVariable String code, @RequestParam int year,
                      @RequestParam(defaultValue = "false") boolean withDescendants, Authentication user) {
        return withDescendants ? statistics.withDescendants(users.scopeOf(user), code, year)
                : statistics.forRegion(users.scopeOf(user), code, year);
    }
}
