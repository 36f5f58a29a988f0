package org.fupin.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.api.BadBody;
import org.fupin.kernel.Seen;
import org.fupin.monitoring.MonitoringRanges;
import org.fupin.monitoring.Views;
import org.fupin.monitoring.domain.RangeRule;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring ranges (监测范围) where the county and province set them: the range that applies to a region in each
 * year (its own, else its city's, province's or the national one), the stored settings with their history, and
 * {@code PUT} to set a region's range for a year (county and system administrators, within their scope; audited).
 */
@Tag(name = "Monitoring ranges", description = "The income range within which a household is monitored for the risk of returning to poverty, set by county or province per year")
@RestController
@RequestMapping("/api/v1/monitoring/ranges")
record MonitoringRangeApi(MonitoringRanges ranges, Users users) {

    /**
     * A range as set: {@code amount} in yuan per person and year, or {@code basis} with its {@code value};
     * {@code version}: the version of the setting as read (its {@code version} in the settings), required to change a
     * setting that exists; without it the body only creates one (ADR 0031).
     */
    record RangeBody(RangeRule.Basis basis, BigDecimal value, BigDecimal amount, BigDecimal dibaoMonthly, String source,
                     Integer version) {
        RangeRule rule() {
            if (amount != null) return new RangeRule(RangeRule.Basis.AMOUNT, amount);
            if (basis == null || value == null) throw BadBody.because("amount", "api.range.amount");
            return new RangeRule(basis, value);
        }
    }

    /** The settings and, year by year, the range that applies to the region. */
    record Overview(List<Views.YearRange> years, List<Views.RangeSetting> settings) {}

    @Operation(summary = "The ranges that apply to a region",
            description = "For each year from the given one, the range that applies to the region: its own, else its city's, province's or the national one.")
    @GetMapping("/{code}")
    Overview overview(@PathVariable String code, @RequestParam(defaultValue = "2020") int from, Authentication user) {
        var scope = users.scopeOf(user);
        return new Overview(ranges.years(scope, code, from, Year.now().getValue()), ranges.settings(scope, code));
    }

    @Operation(summary = "Stored range settings of a region",
            description = "Every range setting stored for the region, with who set it and when.")
    @GetMapping("/{code}/history")
    List<Views.RangeSetting> history(@PathVariable String code, Authentication user) {
        return ranges.history(users.scopeOf(user), code);
    }

    @Operation(summary = "Set a region's range for a year",
            description = "Sets the monitoring range of a region for a year, as an amount or as a basis and a value (county and system administrators, within their scope; audited).")
    @PutMapping("/{code}/{year}")
    Views.Range set(@PathVariable String code, @PathVariable int year, @RequestBody RangeBody body, Authentication user) {
        return ranges.setRangeOf(users.scopeOf(user), code, year, body.rule(), body.dibaoMonthly(), body.source(),
                user.getName(), Seen.ofNullable(body.version()));
    }
}
