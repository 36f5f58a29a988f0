package org.fupin.indicators.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.api.BadBody;
import org.fupin.api.RuleRefused;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
record IndicatorApi(Indicators indicators, Users users, MessageSource messages) {

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

    /** One stored value of a region-year, with the version a change must send back (ADR 0031). */
    @Schema(description = "A stored indicator value with its version")
    record IndicatorValue(String indicatorCode, BigDecimal value, Integer version) {}

    @Schema(description = "A value to enter or correct")
    record ValueEntry(@NotBlank @Schema(description = "Code of an indicator of the set") String indicatorCode,
                      @NotNull BigDecimal value,
                      @Schema(description = "The value's version as read (GET .../values); absent when it had none")
                      Integer version) {}

    @Schema(description = "Values to enter or correct, all or none")
    record ValuesBody(@NotEmpty List<@Valid ValueEntry> values) {}

    @Operation(summary = "Stored values of a region-year",
            description = "Every stored value of the set for the region and year, each with its version.")
    @GetMapping("/{code}/values")
    List<IndicatorValue> values(@PathVariable String code, @RequestParam int year,
                                @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set, Authentication user) {
        RegionScope scope = users.scopeOf(user);
        Map<String, Integer> versions = indicators.versions(scope, code, year, set);
        return indicators.attainment(scope, code, year, set).actuals().entrySet().stream()
                .map(v -> new IndicatorValue(v.getKey(), v.getValue(), versions.get(v.getKey()))).toList();
    }

    @Operation(summary = "Enter or correct values",
            description = "Enters or corrects values of the set for the region and year, as the entry form does (source "
                    + "ENTERED; audited). All or none: when a value changed since its version was read, nothing is "
                    + "written and the answer is 409 INDICATOR_STALE naming each changed indicator with its value now.")
    @PutMapping("/{code}/values")
    List<IndicatorValue> save(@PathVariable String code, @RequestParam int year,
                              @RequestParam(defaultValue = Indicators.NATIONAL_2013) String set,
                              @Valid @RequestBody ValuesBody body, Authentication user, Locale locale) {
        RegionScope scope = users.scopeOf(user);
        scope.require(code);
        Map<String, String> names = new HashMap<>();
        indicators.set(set).forEach(i -> names.put(i.code(), i.name()));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < body.values().size(); i++) {
            ValueEntry entry = body.values().get(i);
            if (!names.containsKey(entry.indicatorCode())) {
                throw BadBody.because("values[" + i + "].indicatorCode", "api.indicator.notInSet", set);
            }
            values.put(entry.indicatorCode(), entry.value());
            if (entry.version() != null) seen.put(entry.indicatorCode(), entry.version());
        }
        List<Indicators.Changed> changed = indicators.save(scope, code, year, set, values, seen, "ENTERED",
                user.getName());
        if (!changed.isEmpty()) {
            throw new RuleRefused("INDICATOR_STALE", changed.stream().map(c -> messages.getMessage(
                    "web.indicators.staleItem", new Object[] {c.indicatorCode(), names.getOrDefault(c.indicatorCode(), ""),
                            c.now() == null ? "-" : c.now().stripTrailingZeros().toPlainString()}, locale)).toList());
        }
        return values(code, year, set, user);
    }
}
