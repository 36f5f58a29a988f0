package org.fupin.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fupin.identification.domain.ExclusionRules;
import org.fupin.identification.domain.Guarantees;
import org.fupin.identification.domain.HouseholdExitPolicy;
import org.fupin.identification.domain.IdentificationPolicy;
import org.fupin.identification.domain.VillageExitPolicy;
import org.fupin.kernel.Verdict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Issue #9, rules: identification, household exit and village exit decisions per second on one thread, with the
 * reasons built as in production. Run: see BENCHMARKS.md; {@link RulesBenchmarkSmokeTest} checks it runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RulesBenchmark {

    private final BigDecimal line = new BigDecimal("2855.00");
    private final List<ExclusionRules.Rule> rules = List.of(new ExclusionRules.Rule("PUBLIC_PAYROLL", "payroll"),
            new ExclusionRules.Rule("VEHICLE", "vehicle"), new ExclusionRules.Rule("COMMERCIAL_HOUSING", "housing"));
    private final Map<String, String> findings = Map.of("VEHICLE", "2015 car 45,000");
    private final LocalDate on = LocalDate.of(2015, 12, 31);
    private final Guarantees.Conditions conditions = new Guarantees.Conditions(true, "B", true, true, List.of(
            new Guarantees.Member(LocalDate.of(1970, 3, 1), false, false, false, true),
            new Guarantees.Member(LocalDate.of(2005, 9, 1), true, false, false, true),
            new Guarantees.Member(LocalDate.of(2009, 1, 15), true, false, false, true)));
    private final HouseholdExitPolicy.Facts exitFacts = new HouseholdExitPolicy.Facts(2015, List.of(
            new HouseholdExitPolicy.YearIncome(2014, new BigDecimal("3100.00"), new BigDecimal("2800.00")),
            new HouseholdExitPolicy.YearIncome(2015, new BigDecimal("3300.00"), line)), conditions, false, Map.of(), 2014);
    private final VillageExitPolicy.Limits limits = new VillageExitPolicy.Limits(new BigDecimal("2"), new BigDecimal("3"));
    private int income = 2000;

    @Benchmark
    public Verdict identification() {
        income = income == 4000 ? 2000 : income + 1;
        return IdentificationPolicy.decide(2015, BigDecimal.valueOf(income, 0), line, rules, findings);
    }

    @Benchmark
    public Verdict householdExit() {
        return HouseholdExitPolicy.decide(exitFacts, 2, true, on);
    }

    @Benchmark
    public Verdict villageExit() {
        income = income == 4000 ? 2000 : income + 1;
        return VillageExitPolicy.decide(income / 100, 1200, true, limits, Map.of());
    }
}
