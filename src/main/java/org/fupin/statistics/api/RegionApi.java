package org.fupin.statistics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The region tree, within the caller's scope. */
@Tag(name = "Regions", description = "The region tree (province, city, county, township, village) within the caller's scope")
@RestController
@RequestMapping("/api/v1/regions")
record RegionApi(RegionDirectory regions, Users users) {

    @Operation(summary = "Top regions of the caller",
            description = "The highest regions the caller sees: the whole tree's roots for a system administrator, the own region otherwise.")
    @GetMapping
    List<Region> roots(Authentication user) {
        return regions.roots(users.scopeOf(user));
    }

    @Operation(summary = "One region",
            description = "A region by its 12-digit code, with its name and level.")
    @GetMapping("/{code}")
    Region region(@PathVariable String code, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        return regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
    }

    @Operation(summary = "Regions below a region",
            description = "The regions directly below the given one.")
    @GetMapping("/{code}/children")
    List<Region> children(@PathVariable String code, Authentication user) {
        return regions.children(users.scopeOf(user), code);
    }
}
