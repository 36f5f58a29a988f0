package org.fupin.indicators.cli;

import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.imports.ReportPrinter;
import org.fupin.indicators.ComputeResult;
import org.fupin.indicators.IndicatorImports;
import org.fupin.indicators.Indicators;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;

/**
 * {@code import-indicator-set FILE}, {@code import-indicator-values FILE},
 * {@code indicators attainment CODE --year YEAR [--set SET] --json} and
 * {@code indicators compute CODE --year YEAR [--set SET] [--overwrite] [--json]}: the same facade methods as the
 * pages and REST. Exit 0 when accepted/computed, 1 when rejected, 2 on a usage error.
 */
@Component
record IndicatorCommands(Indicators indicators, IndicatorImports imports) implements CliCommand {

    @Override
    public List<String> names() { return List.of("import-indicator-set", "import-indicator-values", "indicators"); }

    @Override
    public List<String> usageKeys() {
        return List.of("cli.usage.import-indicator-set", "cli.usage.import-indicator-values", "cli.usage.indicators.attainment",
                "cli.usage.indicators.compute");
    }

    @Override
    public int run(Invocation call) {
        return switch (call.name()) {
            case "import-indicator-set" -> call.file().map(f -> ReportPrinter.print(
                    imports.importIndicatorSet(f, call.dryRun(), Invocation.LOCALE), call)).orElse(2);
            case "import-indicator-values" -> call.file().map(f -> ReportPrinter.print(
                    imports.importIndicatorValues(f, call.dryRun(), Invocation.LOCALE), call)).orElse(2);
            default -> indicators(call);
        };
    }

    private int indicators(Invocation call) {
        String set = call.option("--set", Indicators.NATIONAL_2013);
        List<String> rest = call.rest();
        if (!rest.isEmpty() && rest.get(0).equals("compute")) return compute(call, set);
        if (rest.size() != 2 || !rest.get(0).equals("attainment") || call.year() == null) return call.usage();
        try {
            call.printJson(indicators.attainment(RegionScope.ALL, rest.get(1), call.year(), set));
            return 0;
        } catch (RegionScope.OutOfScopeException e) {
            return call.regionNotFound(rest.get(1));
        }
    }

    private int compute(Invocation call, String set) {
        List<String> rest = call.rest();
        rest.remove(0);
        boolean overwrite = rest.remove("--overwrite");
        if (rest.size() != 1 || call.year() == null) return usage(call);
        if (!indicators.setExists(set)) {
            System.err.println(call.message("facilities.cli.unknownSet", set));
            return 2;
        }
        ComputeResult result;
        try {
            result = indicators.compute(RegionScope.ALL, rest.get(0), call.year(), set, "cli", overwrite);
        } catch (RegionScope.OutOfScopeException e) {
            return call.regionNotFound(rest.get(0));
        }
        if (call.json()) {
            call.printJson(result);
            return 0;
        }
        for (ComputeResult.Line l : result.lines()) {
            call.out().println(call.message("facilities.cli.line", l.indicatorCode(),
                    call.message("facilities.method." + l.method().name()),
                    call.message("facilities.basis." + l.unit().name(), l.numerator(), l.denominator()),
                    l.value() == null ? "-" : l.value().toPlainString(), call.message("facilities.decision." + l.decision().name())));
        }
        call.out().println(call.message("facilities.cli.done", result.saved(), result.lines().size()));
        return 0;
    }

    static int usage(Invocation call) {
        System.err.println(call.message("facilities.cli.usage"));
        return 2;
    }
}
