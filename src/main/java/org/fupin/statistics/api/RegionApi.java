package org.fupin.statistics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionHistory;
import org.fupin.region.RegionScope;
import org.fupin.statistics.Statistics;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The region tree, within the caller's scope; with {@code year}, the tree of that year (ADR 0037). */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "The region tree of a year within the caller's scope, its search and the "
        + "predecessors of a region (issue #26, ADR 0037)")
record RegionApi(RegionDirectory regions, Users users, Statistics statistics) {

    /** The regions a search found: at most {@code limit}, in code order. */
    record Found(String query, Integer year, List<Region> regions) {}

    @GetMapping
    @Operation(summary = "Top regions", description = "The caller's own region, or the provinces for the whole country, "
            + "in the tree of the year (the latest tree without a year).")
    List<Region> roots(@RequestParam(required = false) Integer year, Authentication user) {
        return regions.roots(users.scopeOf(user), treeYear(year));
    }

    @GetMapping("/search")
    @Operation(summary = "Find regions", description = "Regions of the caller's scope valid in the year whose code starts "
            + "with q (digits) or whose name contains q; at most 50, in code order.")
    Found search(@RequestParam String q, @RequestParam(required = false) Integer year, Authentication user) {
        return new Found(q, year, regions.search(users.scopeOf(user), q, treeYear(year), 50));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One region", description = "A region of the caller's scope, with the years it is valid; 404 "
            + "for an unknown region or one outside the scope.")
    Region region(@PathVariable String code, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        return regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "Children of a region", description = "The regions directly below, in the tree of the year "
            + "(the latest tree without a year).")
    List<Region> children(@PathVariable String code, @RequestParam(required = false) Integer year, Authentication user) {
        return regions.children(users.scopeOf(user), code, treeYear(year));
    }

    @GetMapping("/{code}/predecessors")
    @Operation(summary = "Predecessors of a region", description = "Regions merged, moved or re-coded into this one, "
            + "with the year each joined it: its series sums their figures for the years before.")
    List<RegionHistory.Predecessor> predecessors(@PathVariable String code, Authentication user) {
        return statistics.predecessors(users.scopeOf(user), code);
    }

    private static int treeYear(Integer year) { return year == null ? RegionDirectory.LATEST : year; }
}
