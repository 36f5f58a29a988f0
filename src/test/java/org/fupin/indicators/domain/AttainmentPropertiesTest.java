package org.fupin.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.indicators.domain.TestIndicators.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property checks over random sets and values, with a seeded {@link Random} so failures reproduce. */
class AttainmentPropertiesTest {

    private static final int RUNS = 500;
    private static final String[] AREAS = {"经济发展", "民主法制", "文化建设", "人民生活", "资源环境"};

    private final Random random = new Random(20130801L);

    @Test
    void raisingAnActualOfAPositiveIndicatorNeverLowersTheTotal() {
        for (int run = 0; run < RUNS; run++) {
            List<Indicator> set = randomSet();
            Map<String, BigDecimal> actuals = randomActuals(set);
            Indicator chosen = pick(set, Direction.POSITIVE);
            if (chosen == null) continue;
            BigDecimal before = AttainmentCalculator.evaluate(set, actuals).total();
            actuals.put(chosen.code(), actuals.get(chosen.code()).add(randomAmount()));
            BigDecimal after = AttainmentCalculator.evaluate(set, actuals).total();
            assertThat(after).as("run %d, %s", run, chosen.code()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void loweringAnActualOfANegativeIndicatorNeverLowersTheTotal() {
        for (int run = 0; run < RUNS; run++) {
            List<Indicator> set = randomSet();
            Map<String, BigDecimal> actuals = randomActuals(set);
            Indicator chosen = pick(set, Direction.NEGATIVE);
            if (chosen == null) continue;
            BigDecimal before = AttainmentCalculator.evaluate(set, actuals).total();
            actuals.put(chosen.code(), actuals.get(chosen.code()).subtract(randomAmount()));
            BigDecimal after = AttainmentCalculator.evaluate(set, actuals).total();
            assertThat(after).as("run %d, %s", run, chosen.code()).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void attainmentIsAlwaysBetweenZeroAndHundred() {
        for (int run = 0; run < RUNS; run++) {
            List<Indicator> set = randomSet();
            Attainment result = AttainmentCalculator.evaluate(set, randomActuals(set));
            for (IndicatorResult r : result.indicators()) {
                assertThat(r.attainment()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)).hasScaleOf(4);
            }
            assertThat(result.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            result.byArea().values().forEach(v -> assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
            result.gaps().forEach(g -> assertThat(g.loss()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        }
    }

    @Test
    void everyIndicatorAtTargetGivesExactlyHundred() {
        for (int run = 0; run < RUNS; run++) {
            List<Indicator> set = randomSet();
            Map<String, BigDecimal> actuals = new HashMap<>();
            set.forEach(i -> actuals.put(i.code(), i.direction() == Direction.INTERVAL ? i.lower() : i.target()));
            Attainment result = AttainmentCalculator.evaluate(set, actuals);
            assertThat(result.total()).isEqualTo(new BigDecimal("100.0000"));
            assertThat(result.atTarget()).isEqualTo(set.size());
        }
    }

    /** 1–39 top-level indicators of the three simple directions with random weights and targets. */
    private List<Indicator> randomSet() {
        int size = 1 + random.nextInt(39);
        List<Indicator> set = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            String code = String.valueOf(i);
            String area = AREAS[random.nextInt(AREAS.length)];
            String weight = scaled(random.nextInt(50) + 1, 1).toPlainString();
            String target = scaled(random.nextInt(100_000) + 1, 2).toPlainString();
            set.add(switch (random.nextInt(3)) {
                case 0 -> positive(code, area, weight, target);
                case 1 -> negative(code, area, weight, target);
                default -> interval(code, weight, "0", "10", "20", "40");
            });
        }
        return set;
    }

    /** A value for every indicator, including zero and negative ones. */
    private Map<String, BigDecimal> randomActuals(List<Indicator> set) {
        Map<String, BigDecimal> actuals = new HashMap<>();
        for (Indicator indicator : set) {
            int bound = indicator.direction() == Direction.INTERVAL ? 5_000 : 200_000;
            actuals.put(indicator.code(), scaled(random.nextInt(bound) - bound / 10, 2));
        }
        return actuals;
    }

    private BigDecimal randomAmount() { return scaled(random.nextInt(100_000), 2); }

    private Indicator pick(List<Indicator> set, Direction direction) {
        List<Indicator> candidates = set.stream().filter(i -> i.direction() == direction).toList();
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private static BigDecimal scaled(int unscaled, int scale) {
        return BigDecimal.valueOf(unscaled, scale).setScale(scale, RoundingMode.UNNECESSARY);
    }
}
