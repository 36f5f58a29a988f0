package org.fupin.identification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.api.Bodies;
import org.fupin.identification.VillageExitConditions;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Village exit conditions beyond the incidence (issue #16): the same settings as the exit page. */
@Tag(name = "Village exit conditions", description = "The conditions beyond the incidence a poor village must meet to exit")
@RestController
@RequestMapping("/api/v1/identification/village-exit-conditions")
record VillageExitConditionsApi(VillageExitConditions conditions, Users users) {

    /**
     * A condition to set; {@code version}: the version of the stored condition as read (its {@code version} in the
     * list), required to change one that exists; without it the body only creates one (ADR 0031).
     */
    record ConditionBody(String prefix, Integer yearFrom, String facilityType, Integer minCount, String source,
                         Integer version) {}

    @Operation(summary = "Village exit conditions",
            description = "The conditions and their thresholds in force in the caller's region.")
    @GetMapping
    List<VillageExitConditions.Setting> list(Authentication user) {
        return conditions.settings(users.scopeOf(user));
    }

    @Operation(summary = "Set a village exit condition",
            description = "Sets whether a condition applies and its threshold, as the exit page does (audited).")
    @PutMapping
    List<VillageExitConditions.Setting> set(@RequestBody(required = false) ConditionBody body, Authentication user) {
        ConditionBody b = Bodies.orEmpty(body, ConditionBody.class);
        conditions.set(users.scopeOf(user), b.prefix(), b.yearFrom() == null ? 0 : b.yearFrom(), b.facilityType(),
                b.minCount() == null ? -1 : b.minCount(), b.source(), user.getName(),
                org.fupin.kernel.Seen.ofNullable(b.version()));
        return conditions.settings(users.scopeOf(user));
    }
}
