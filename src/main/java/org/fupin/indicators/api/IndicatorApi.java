package org.fupin.indicators.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.indicators.Indicators;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 小康 attainment of a region: per indicator, per area, total, count at target and the largest gaps. */
@Tag(name = "Indicators", description = "Attainment of the moderately prosperous (xiaokang) indicators of a region, their trend and computation")
@RestController
@RequestMapping("/api/v1/indicators")
record IndicatorApi(Indicators indicators, Users users) {

    @Operation(summary = "Indicator attainment of a region",
            description = "Per indicator, per area and in total: the value, the target, whether it is reached, and the largest gaps.")
    @GetMapping("/{code}")
    Indicators.Report attainment(@PathVariable String code, @RequestParam int year,
                                 @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set, Authentication user) {
        return indicators.attainment(users.scopeOf(user), code, year, set);
    }

    @Operation(summary = "Indicator trend",
            description = "The total attainment of the region in every year with values.")
    @GetMapping("/{code}/trend")
    List<Indicators.YearTotal> trend(@PathVariable String code,
                                     @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set, Authentication user) {
        return indicators.trend(users.scopeOf(user), code, set);
    }

    /** Computes the mapped indicators of the set from the registry and the village facilities; see {@link Indicators#compute}. */
    @Operation(summary = "Compute the indicators",
            description = "Computes the indicators of the set that can be derived from the registry and the village facilities, for the region and year; overwrite replaces values entered by hand (audited).")
    @org.springframework.web.bind.annotation.PostMapping("/{code}/compute")
    org.fupin.indicators.ComputeResult compute(@PathVariable String code, @RequestParam int year,
                                               @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set,
                                               @RequestParam(defaultValue = "false") boolean overwrite, Authentication user) {
        return indicators.compute(users.scopeOf(user), code, year, set, user.getName(), overwrite);
    }
}
