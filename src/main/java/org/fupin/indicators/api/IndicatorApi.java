package org.fupin.indicators.api;

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
@RestController
@RequestMapping("/api/v1/indicators")
record IndicatorApi(Indicators indicators, Users users) {

    @GetMapping("/{code}")
    Indicators.Report attainment(@PathVariable String code, @RequestParam int year,
                                 @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set, Authentication user) {
        return indicators.attainment(users.scopeOf(user), code, year, set);
    }

    @GetMapping("/{code}/trend")
    List<Indicators.YearTotal> trend(@PathVariable String code,
                                     @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set, Authentication user) {
        return indicators.trend(users.scopeOf(user), code, set);
    }

    /** Computes the mapped indicators of the set from the registry and the village facilities; see {@link Indicators#compute}. */
    @org.springframework.web.bind.annotation.PostMapping("/{code}/compute")
    org.fupin.indicators.ComputeResult compute(@PathVariable String code, @RequestParam int year,
                                               @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set,
                                               @RequestParam(defaultValue = "false") boolean overwrite, Authentication user) {
        return indicators.compute(users.scopeOf(user), code, year, set, user.getName(), overwrite);
    }
}
