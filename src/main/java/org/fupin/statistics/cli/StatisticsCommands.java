package org.fupin.statistics.cli;

import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.region.RegionScope;
import org.fupin.statistics.Aggregates;
import org.fupin.statistics.Reconciliation;
import org.fupin.statistics.Statistics;
import org.springframework.stereotype.Component;

/**
 * {@code stats CODE --year YEAR [--with-descendants] [--json]}: one JSON object;
 * {@code stats reconcile CODE --year YEAR}: exit 0 when every figure reconciles, 1 with the differences;
 * {@code stats rebuild [--year YEAR]}: recounts the maintained aggregates from the records.
 */
@Component
record StatisticsCommands(Statistics statistics, Reconciliation reconciliation, Aggregates aggregates) implements CliCommand {

    @Override
    public List<String> names() { return List.of("stats"); }

    @Override
    public List<String> usageKeys() { return List.of("cli.usage.stats", "cli.usage.stats.reconcile", "cli.usage.stats.rebuild"); }

    @Override
    public int run(Invocation call) {
        List<String> rest = call.rest();
        if (!rest.isEmpty() && rest.get(0).equals("reconcile")) return reconcile(call);
        if (rest.equals(List.of("rebuild"))) {
            aggregates.rebuild(call.year() == null ? List.of() : List.of(call.year()));
            call.out().println(call.message("cli.rebuild.done"));
            return 0;
        }
        if (rest.size() != 1 || call.year() == null) return call.usage();
        try {
            call.printJson(call.withDescendants() ? statistics.withDescendants(RegionScope.ALL, rest.get(0), call.year())
                    : statistics.forRegion(RegionScope.ALL, rest.get(0), call.year()));
            return 0;
        } catch (RegionScope.OutOfScopeException e) {
            return call.regionNotFound(rest.get(0));
        }
    }

    private int reconcile(Invocation call) {
        List<String> rest = call.rest();
        if (rest.size() != 2 || call.year() == null) return call.usage();
        try {
            var differences = reconciliation.check(RegionScope.ALL, rest.get(1), call.year());
            differences.forEach(d -> call.out().println(call.message("cli.reconcile.difference", d.where(), d.figure(),
                    d.expected(), d.found())));
            call.out().println(call.message(differences.isEmpty() ? "cli.reconcile.ok" : "cli.reconcile.failed",
                    differences.size()));
            return differences.isEmpty() ? 0 : 1;
        } catch (RegionScope.OutOfScopeException e) {
            return call.regionNotFound(rest.get(1));
        }
    }
}
