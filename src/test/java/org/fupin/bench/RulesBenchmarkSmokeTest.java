package org.fupin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The rules benchmark harness runs (one short iteration, in process): correctness of the harness only, no timing. */
class RulesBenchmarkSmokeTest {

    @Test
    void everyRuleBenchmarkRunsAndReportsAThroughput() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RulesBenchmark.class.getName()).forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200)).shouldFailOnError(true).build()).run();

        assertThat(results).hasSize(3)
                .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
