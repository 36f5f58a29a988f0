package org.fupin.identification.cli;

import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.identification.CaseException;
import org.fupin.identification.VillageExitConditions;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;

/**
 * The facilities a village must have to leave poverty, where the province or county sets them (also on the village
 * exit page and {@code PUT /api/v1/identification/village-exit-conditions}):
 * {@code village-exit-condition list} and
 * {@code village-exit-condition set PREFIX --from YEAR --type TYPE --min N --source TEXT}.
 */
@Component
record VillageExitConditionCommands(VillageExitConditions conditions) implements CliCommand {

    @Override
    public List<String> names() { return List.of("village-exit-condition"); }

    @Override
    public int run(Invocation call) {
        List<String> args = call.rest();
        if (args.equals(List.of("list"))) {
            conditions.settings(RegionScope.ALL).forEach(s -> call.out().println(call.message("cli.villageExitCondition.line",
                    s.regionPrefix().isEmpty() ? "*" : s.regionPrefix(), s.yearFrom(), s.facilityType(), s.minCount(),
                    s.source(), s.setBy(), s.setAt().toLocalDate())));
            return 0;
        }
        Integer from = call.intOption("--from");
        Integer min = call.intOption("--min");
        String type = call.option("--type", null);
        String source = call.option("--source", null);
        if (args.size() != 2 || !args.get(0).equals("set") || from == null || min == null || type == null) return call.usage();
        String prefix = args.get(1).equals("*") ? "" : args.get(1);
        try {
            conditions.set(RegionScope.ALL, prefix, from, type, min, source, "console");
            call.out().println(call.message("cli.villageExitCondition.set", args.get(1), type, min, from));
            return 0;
        } catch (CaseException e) {
            System.err.println(call.message(e.messageKey(), e.args()));
            return 1;
        }
    }
}
