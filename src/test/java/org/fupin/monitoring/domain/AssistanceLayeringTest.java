package org.fupin.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fupin.kernel.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssistanceLayeringTest {

    static final Map<String, String> EXPECTED = Map.of("2", "DIBAO", "3", "EXTREME_POOR");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                | status | attr | monitored | list layers          | layers                       | findings
            registered poor on no list            | 0      | 1    | false     | -                    | POOR                         | -
            exited 低保 household on the 低保 list | 1      | 2    | false     | DIBAO                | DIBAO EXITED                 | -
            exited 低保 household off the list     | 1      | 2    | false     | -                    | EXITED                       | MISSING_FROM_LIST
            特困 household listed as 低保 only      | 3      | 3    | false     | DIBAO                | DIBAO POOR                   | MISSING_FROM_LIST
            monitored, marginal on the list        | 1      | 1    | true      | DIBAO_MARGINAL       | MONITORED DIBAO_MARGINAL EXITED | -
            never registered, not monitored        | -      | -    | false     | -                    | ORDINARY                     | -
            never registered, listed               | -      | -    | false     | RIGID_SPENDING       | RIGID_SPENDING               | -
            """)
    void placesAHouseholdInItsLayers(String name, String status, String attribute, boolean monitored, String listed,
                                     String layers, String findings) {
        var facts = new AssistanceLayering.Facts(status, "0".equals(status) || "3".equals(status), attribute, monitored,
                words(listed), 3, null, null);
        AssistanceLayering.Result r = AssistanceLayering.layer(facts, EXPECTED, true, new BigDecimal("6000"));
        assertThat(r.layers()).containsExactlyElementsOf(words(layers));
        assertThat(r.findings()).extracting(Check::name).containsExactlyElementsOf(words(findings));
    }

    /** (3 × 5,000 − 3,000) / 3 = 4,000 per person, below a 低保 standard of 6,000: referred, with the sums. */
    @Test
    void refersAMonitoredHouseholdOnNoListWhoseReckoningIsBelowTheDibaoStandard() {
        var facts = new AssistanceLayering.Facts(null, false, null, true, List.of(), 3, y("5000"), y("3000"));
        AssistanceLayering.Result r = AssistanceLayering.layer(facts, EXPECTED, true, y("6000"));
        assertThat(r.findings()).containsExactly(Check.of("REFER_TO_CIVIL_AFFAIRS", false, y("15000.00"), y("3000"), 3,
                y("4000.00"), y("6000")));
    }

    @ParameterizedTest(name = "income {0}, rigid {1}, line {2}, listed {3}: referred {4}")
    @CsvSource(nullValues = "-", textBlock = """
            5000, 3000, 4000, -,     false
            5000, 3000, 4000.01, -,  true
            5000, 3000, -,    -,     false
            5000, 3000, 0,    -,     false
            5000, 3000, 6000, DIBAO, false
            """)
    void refersOnlyBelowASetStandardAndOnlyHouseholdsOnNoList(String income, String rigid, String line, String listed,
                                                              boolean referred) {
        var facts = new AssistanceLayering.Facts(null, false, null, true, words(listed), 3, y(income), y(rigid));
        AssistanceLayering.Result r = AssistanceLayering.layer(facts, EXPECTED, true, line == null ? null : y(line));
        assertThat(r.findings().stream().anyMatch(c -> c.name().equals("REFER_TO_CIVIL_AFFAIRS"))).isEqualTo(referred);
    }

    @Test
    void nothingIsMissingFromAListWhenNoListIsInForce() {
        var facts = new AssistanceLayering.Facts("1", false, "2", false, List.of(), 3, null, null);
        assertThat(AssistanceLayering.layer(facts, EXPECTED, false, null).findings()).isEmpty();
    }

    private static List<String> words(String s) {
        return s == null ? List.of() : List.of(s.trim().split("\\s+"));
    }

    private static BigDecimal y(String s) {
        return new BigDecimal(s);
    }
}
