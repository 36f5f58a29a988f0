package org.fupin.statistics.api;

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
@RestController
@RequestMapping("/api/v1/regions")
record RegionApi(RegionDirectory regions, Users users) {

    @GetMapping
    List<Region> roots(Authentication user) {
        return regions.roots(users.scopeOf(user));
    }

    @GetMapping("/{code}")
    Region region(@PathVariable String code, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        return regions.find(scope, code).orElseThrow(() -> new RegionScope.OutOfScopeException(code));
    }

    @GetMapping("/{code}/children")
    List<Region> children(@PathVariable String code, Authentication user) {
        return regions.children(users.scopeOf(user), code);
    }
}
