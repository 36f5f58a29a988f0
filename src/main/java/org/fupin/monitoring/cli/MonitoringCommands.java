package org.fupin.monitoring.cli;

import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.imports.ReportPrinter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.monitoring.MonitoringDashboard;
import org.fupin.monitoring.MonitoringException;
import org.fupin.monitoring.WarningImport;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code monitoring board [REGION] [--date DATE] [--json]}: counts by dimension;
 * {@code monitoring list [REGION] [--dimension D --key K] [--date DATE] [--json]}: the households behind a count;
 * {@code monitoring alerts [REGION] [--date DATE] [--json]};
 * {@code monitoring screen REGION --year YEAR [--json]}: early-warning screening of the registry;
 * {@code monitoring import-warnings FILE --department DEPT}: a department's warning list, whole or not at all.
 * Exit 0 on success, 1 when a list is rejected or a request refused, 2 on a usage error.
 */
@Component
record MonitoringCommands(MonitoringDashboard dashboard, WarningImport warnings, ObjectMapper json,
                          org.fupin.monitoring.MonitoringScreening screening, MonitoringRangeCommands rangeCommands) implements CliCommand {

    int run(List<String> args, Integer year, boolean asJson, PrintStream out, Function<ImportReport, Integer> report) {
        List<String> rest = new java.util.ArrayList<>(args);
        if (rest.isEmpty()) return 2;
        try {
            LocalDate date = date(option(rest, "--date"));
            String dimension = option(rest, "--dimension");
            String key = option(rest, "--key");
            String department = option(rest, "--department");
            String region = rest.size() > 1 ? rest.get(1) : null;
            switch (rest.get(0)) {
                case "board" -> print(dashboard.board(RegionScope.ALL, region, date), asJson, out);
                case "list" -> print(dashboard.list(RegionScope.ALL, region, date,
                        dimension == null ? null : MonitoringDashboard.Dimension.valueOf(dimension), key), asJson, out);
                case "screen" -> {
                    if (region == null || year == null) return 2;
                    print(screening.screen(RegionScope.ALL, region, year), asJson, out);
                }
                case "alerts" -> print(dashboard.alerts(RegionScope.ALL, region, date), asJson, out);
                case "import-warnings" -> {
                    if (region == null || department == null || !Files.isReadable(Path.of(region))) return 2;
                    return report.apply(warnings.importWarnings(RegionScope.ALL, Path.of(region), department,
                            Imports.DEFAULT_LOCALE, "console:" + System.getProperty("user.name", "?")));
                }
                default -> {
                    return 2;
                }
            }
            return 0;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return 2;
        } catch (MonitoringException | RegionScope.OutOfScopeException e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    private void print(Object value, boolean asJson, PrintStream out) {
        if (asJson) {
            out.println(json.writeValueAsString(value));
        } else if (value instanceof MonitoringDashboard.Board board) {
            out.println(board.households() + "\t" + board.persons());
            board.counts().forEach(c -> out.println(c.dimension() + "\t" + c.key() + "\t" + c.households() + "\t"
                    + c.persons()));
        } else if (value instanceof List<?> list) {
            list.forEach(out::println);
        }
    }

    private static LocalDate date(String text) {
        return text == null ? LocalDate.now() : LocalDate.parse(text);
    }

    /** Removes {@code name VALUE} from the arguments and returns the value (null when absent). */
    private static String option(List<String> rest, String name) {
        int i = rest.indexOf(name);
        if (i < 0 || i + 1 >= rest.size()) return null;
        String value = rest.get(i + 1);
        rest.remove(i + 1);
        rest.remove(i);
        return value;
    }

    @Override
    public List<String> names() { return List.of("monitoring"); }

    @Override
    public int run(Invocation call) {
        if (!call.rest().isEmpty() && call.rest().get(0).equals("range")) return rangeCommands.run(call);
        return run(call.rest(), call.year(), call.json(), call.out(), r -> ReportPrinter.print(r, call));
    }
}
