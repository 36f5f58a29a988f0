package org.fupin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The map rendering benchmark harness runs on a small province (one run): correctness of the harness only, no timing. */
class MapRenderBenchmarkSmokeTest {

    @Test
    void drawsEveryVillageOfASmallProvinceAndReportsItsTimes() throws Exception {
        var runs = MapRenderBenchmark.run(400, 1);

        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.areas()).isEqualTo(400);
            assertThat(r.drawMs()).isPositive();
            assertThat(r.bytes()).isPositive();
        });
    }
}
