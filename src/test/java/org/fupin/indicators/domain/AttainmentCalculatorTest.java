package org.fupin.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupin.indicators.domain.TestIndicators.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A set's attainment: per area, total, count at target, missing and gaps (indicators-and-scale.md §1.3). */
class AttainmentCalculatorTest {

    private static final Indicator GDP = positive("1", "经济发展", "4.0", "57000");
    private static final Indicator INTERNET = positive("7", "经济发展", "2.5", "50");
    private static final Indicator ENGEL = negative("22", "人民生活", "2.0", "40");

    @Test
    void reproducesTheSyntheticSelfTestOfSection13() {
        Attainment result = AttainmentCalculator.evaluate(List.of(GDP, INTERNET, ENGEL),
                Map.of("1", dec("28500"), "22", dec("50"), "7", dec("60")));

        assertThat(result.indicators()).extracting(IndicatorResult::attainment)
                .containsExactly(dec("50.0000"), dec("100.0000"), dec("80.0000"));
        assertThat(result.total()).isEqualTo(dec("71.7647"));
        assertThat(result.atTarget()).isEqualTo(1);
        assertThat(result.missing()).isEmpty();
        assertThat(result.byArea()).containsExactly(Map.entry("经济发展", dec("69.2308")),
                Map.entry("人民生活", dec("80.0000")));
    }

    @Test
    void givesExactlyHundredWhenEveryIndicatorIsAtTarget() {
        List<Indicator> set = List.of(GDP, INTERNET, ENGEL, interval("21", "2.0", "1", "3", "6", "10"),
                composite("12", "民主法制", "4.0"), sub(positive("12a", "民主法制", "1", "10"), "12"));
        Map<String, BigDecimal> actuals = Map.of("1", dec("57000"), "7", dec("50"), "22", dec("40"), "21", dec("6"),
                "12a", dec("10"));

        Attainment result = AttainmentCalculator.evaluate(set, actuals);

        assertThat(result.total()).isEqualTo(dec("100.0000"));
        assertThat(result.atTarget()).isEqualTo(5).isEqualTo(result.indicators().size());
        assertThat(result.gaps()).isEmpty();
        assertThat(result.byArea().values()).allMatch(v -> v.equals(dec("100.0000")));
    }

    @Test
    void excludesMissingValuesFromTheTotalAndListsThem() {
        Map<String, BigDecimal> actuals = new HashMap<>();
        actuals.put("1", dec("28500"));
        actuals.put("22", null);
        actuals.put("unknown", dec("5"));

        Attainment result = AttainmentCalculator.evaluate(List.of(GDP, INTERNET, ENGEL), actuals);

        assertThat(result.total()).isEqualTo(dec("50.0000"));
        assertThat(result.missing()).containsExactly("7", "22");
        assertThat(result.indicators()).extracting(IndicatorResult::actual).containsExactly(dec("28500"), null, null);
        assertThat(result.byArea()).containsEntry("经济发展", dec("50.0000")).containsEntry("人民生活", null);
        assertThat(result.gaps()).extracting(g -> g.indicator().code()).containsExactly("1");
        assertThat(result.gaps().get(0).loss()).isEqualTo(dec("50.0000"));
    }

    @Test
    void hasNoTotalWhenNothingHasAValue() {
        Attainment result = AttainmentCalculator.evaluate(List.of(GDP, ENGEL), Map.of());

        assertThat(result.total()).isNull();
        assertThat(result.atTarget()).isZero();
        assertThat(result.missing()).containsExactly("1", "22");
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void scoresACompositeAsTheWeightedAverageOfItsSubIndicatorsThatHaveValues() {
        Indicator safety = composite("12", "民主法制", "4.0");
        List<Indicator> set = List.of(safety, sub(negative("12a", "民主法制", "3", "10"), "12"),
                sub(negative("12b", "民主法制", "1", "5"), "12"), sub(positive("12c", "民主法制", "2", "100"), "12"));

        Attainment result = AttainmentCalculator.evaluate(set, Map.of("12a", dec("20"), "12b", dec("4")));

        // (3 × 50 + 1 × 100) / 4 = 62.5; 12c has no value and is left out
        assertThat(result.indicators()).hasSize(1);
        IndicatorResult composite = result.indicators().get(0);
        assertThat(composite.actual()).isNull();
        assertThat(composite.attainment()).isEqualTo(dec("62.5000"));
        assertThat(result.total()).isEqualTo(dec("62.5000"));
    }

    @Test
    void treatsACompositeWithoutSubIndicatorValuesAsMissing() {
        Indicator safety = composite("12", "民主法制", "4.0");
        List<Indicator> set = List.of(GDP, safety, sub(negative("12a", "民主法制", "3", "10"), "12"));

        Attainment result = AttainmentCalculator.evaluate(set, Map.of("1", dec("57000"), "12", dec("80")));

        assertThat(result.missing()).containsExactly("12");
        assertThat(result.total()).isEqualTo(dec("100.0000"));
    }

    @Test
    void scoresACompositeWithoutSubIndicatorsInTheSetFromItsOwnIndexValue() {
        Attainment result = AttainmentCalculator.evaluate(List.of(composite("37", "资源环境", "4.0")),
                Map.of("37", dec("87.5")));

        assertThat(result.indicators().get(0).actual()).isEqualTo(dec("87.5"));
        assertThat(result.total()).isEqualTo(dec("87.5000"));
    }

    @Test
    void ranksGapsByLossDescendingWithTiesByCode() {
        List<Indicator> set = List.of(positive("b", "A", "2", "100"), positive("a", "A", "2", "100"),
                positive("c", "B", "4", "100"), positive("d", "B", "1", "100"), positive("e", "B", "1", "100"));
        Map<String, BigDecimal> actuals = Map.of("b", dec("50"), "a", dec("50"), "c", dec("90"), "d", dec("0"),
                "e", dec("100"));

        Attainment result = AttainmentCalculator.evaluate(set, actuals);

        // Σw = 10: a,b lose 2 × 50 / 10 = 10; d loses 1 × 100 / 10 = 10; c loses 4 × 10 / 10 = 4
        assertThat(result.gaps()).extracting(g -> g.indicator().code()).containsExactly("a", "b", "d", "c");
        assertThat(result.gaps()).extracting(Gap::loss)
                .containsExactly(dec("10.0000"), dec("10.0000"), dec("10.0000"), dec("4.0000"));
        BigDecimal lost = result.gaps().stream().map(Gap::loss).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.total().add(lost)).isEqualByComparingTo("100");
    }

    @Test
    void keepsAreasAndIndicatorsInSetOrder() {
        List<Indicator> set = List.of(positive("9", "经济发展", "1", "1"), negative("11", "民主法制", "1", "8"),
                positive("2", "经济发展", "1", "1"), positive("39", "资源环境", "3", "85"));

        Attainment result = AttainmentCalculator.evaluate(set, Map.of("9", dec("1")));

        assertThat(result.byArea().keySet()).containsExactly("经济发展", "民主法制", "资源环境");
        assertThat(result.indicators()).extracting(r -> r.indicator().code()).containsExactly("9", "11", "2", "39");
    }

    @Test
    void fallsBackToThePlainMeanWhenAllScoredWeightsAreZero() {
        Attainment result = AttainmentCalculator.evaluate(
                List.of(positive("a", "A", "0", "10"), positive("b", "A", "0", "10")), Map.of("a", dec("5"), "b", dec("10")));

        assertThat(result.total()).isEqualTo(dec("75.0000"));
        assertThat(result.gaps().get(0).loss()).isEqualTo(dec("25.0000"));
    }

    @Test
    void refusesDuplicateCodesAndOrphanSubIndicators() {
        assertThatThrownBy(() -> AttainmentCalculator.evaluate(List.of(GDP, GDP), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> AttainmentCalculator.evaluate(List.of(GDP, sub(ENGEL, "1")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a top-level composite");
        assertThatThrownBy(() -> AttainmentCalculator.evaluate(List.of(sub(ENGEL, "12")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnsUnmodifiableResults() {
        Attainment result = AttainmentCalculator.evaluate(new ArrayList<>(List.of(GDP)), Map.of("1", dec("1")));

        assertThatThrownBy(() -> result.indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.byArea().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.gaps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
