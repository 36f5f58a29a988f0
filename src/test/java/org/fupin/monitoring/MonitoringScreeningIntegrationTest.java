package org.fupin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.Imports;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.kernel.Check;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Early-warning screening of the sample village against a range set for the test (issue #10). */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringScreeningIntegrationTest {

    static final String VILLAGE = "620721203201";

    @Autowired Imports imports;
    @Autowired MonitoringRanges ranges;
    @Autowired MonitoringScreening screening;
    @Autowired HouseholdRegistry registry;

    @BeforeAll
    void rangeOf2015() {
        Samples.importCounty(imports);
        Views.Range range = ranges.setRange(RegionScope.ALL, "620721", 2015,
                new RangeRule(RangeRule.Basis.POVERTY_LINE, new BigDecimal("1.5")), null, "test", "test");
        assertThat(range.amount()).isEqualByComparingTo(new BigDecimal("2855").multiply(new BigDecimal("1.5")));
    }

    @Test
    void flagsEveryHouseholdBelowTheRangeAndEveryUnsafeHouseWithTheirNumbers() {
        BigDecimal threshold = ranges.range(2015, VILLAGE).amount();
        List<MonitoringScreening.Warning> warnings = screening.screen(RegionScope.ALL, VILLAGE, 2015);
        List<HouseholdDetail> households = registry.householdsWithMembers(RegionScope.ALL, VILLAGE, 2015);
        List<String> below = households.stream().filter(h -> h.netIncomePerCapita().compareTo(threshold) < 0)
                .map(HouseholdDetail::householdNumber).toList();
        assertThat(below).isNotEmpty();
        assertThat(flagged(warnings, "INCOME_IN_RANGE")).containsExactlyInAnyOrderElementsOf(below);
        List<String> unsafe = households.stream().filter(h -> "C".equals(h.housingSafety()) || "D".equals(h.housingSafety()))
                .map(HouseholdDetail::householdNumber).toList();
        assertThat(flagged(warnings, "UNSAFE_HOUSING")).containsExactlyInAnyOrderElementsOf(unsafe);
        warnings.stream().flatMap(w -> w.hits().stream()).filter(c -> c.name().equals("INCOME_IN_RANGE"))
                .forEach(c -> assertThat(c.numbers().get(1)).isEqualTo(threshold));
    }

    private static List<String> flagged(List<MonitoringScreening.Warning> warnings, String rule) {
        return warnings.stream().filter(w -> w.hits().stream().map(Check::name).anyMatch(rule::equals))
                .map(MonitoringScreening.Warning::householdNumber).toList();
    }
}
