package org.fupin.comparison.cli;

import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.imports.ReportPrinter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.fupin.comparison.Comparison;
import org.fupin.comparison.ListSource;
import org.fupin.comparison.Refused;
import org.fupin.comparison.Views;
import org.fupin.comparison.domain.ListType;
import org.fupin.comparison.domain.Review;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code compare import-list FILE --type TYPE --department DEPT --as-of DATE}, {@code compare run REGION --year YEAR},
 * {@code compare hits REGION [--status STATUS]}; {@code --json} for machine-readable output; {@code compare bench
 * PERSONS RECORDS} on an empty data directory (BENCHMARKS.md). Exit 0 on success,
 * 1 when a list is rejected, 2 on a usage error.
 */
@Component
record ComparisonCommands(Comparison comparison, MessageSource messages, ObjectMapper json,
                          org.fupin.comparison.ComparisonBenchmark benchmark) implements CliCommand {

    int run(List<String> rest, Integer year, boolean asJson, PrintStream out, java.util.function.Function<Views.ListImport, Integer> report) {
        if (rest.isEmpty()) return usage();
        String type = option(rest, "--type");
        String department = option(rest, "--department");
        String asOf = option(rest, "--as-of");
        String status = option(rest, "--status");
        try {
            switch (rest.get(0)) {
                case "import-list":
                    if (rest.size() != 2 || type == null || department == null || asOf == null) return usage();
                    if (!Files.isReadable(Path.of(rest.get(1)))) return usage();
                    return report.apply(comparison.importList(Path.of(rest.get(1)),
                            new ListSource(ListType.valueOf(type), department, LocalDate.parse(asOf)), Imports.DEFAULT_LOCALE));
                case "run":
                    if (rest.size() != 2 || year == null) return usage();
                    Views.Run run = comparison.run(RegionScope.ALL, rest.get(1), year);
                    out.println(asJson ? json.writeValueAsString(run) : message("comparison.cli.run", run.id(),
                            run.personsCompared(), run.householdsCompared(), run.householdsWithoutConsent(), run.newHits()));
                    return 0;
                case "hits":
                    if (rest.size() != 2) return usage();
                    Views.Queue queue = comparison.queue(RegionScope.ALL, rest.get(1),
                            status == null ? null : Review.Status.valueOf(status));
                    if (asJson) out.println(json.writeValueAsString(queue));
                    else queue.hits().forEach(h -> out.println(message("comparison.cli.hit", h.id(), h.villageCode(),
                            h.householdNumber(), h.personIdMasked(), h.ruleCode(), h.department() + " " + h.asOf(), h.status())));
                    return 0;
                case "bench":
                    if (rest.size() != 3) return usage();
                    out.println(json.writeValueAsString(benchmark.run(Integer.parseInt(rest.get(1)), Integer.parseInt(rest.get(2)))));
                    return 0;
                default:
                    return usage();
            }
        } catch (IllegalArgumentException | DateTimeParseException | RegionScope.OutOfScopeException e) {
            return usage();
        } catch (IllegalStateException notEmpty) {
            System.err.println(notEmpty.getMessage());
            return 2;
        } catch (Refused refused) {
            refused.problems().forEach(p -> System.err.println(message("comparison.refused." + p)));
            return 2;
        }
    }

    private static String option(List<String> rest, String name) {
        int i = rest.indexOf(name);
        if (i < 0 || i + 1 >= rest.size()) return null;
        String value = rest.remove(i + 1);
        rest.remove(i);
        return value;
    }

    private int usage() {
        System.err.println(message("comparison.cli.usage"));
        return 2;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Imports.DEFAULT_LOCALE);
    }

    @Override
    public List<String> names() { return List.of("compare"); }

    @Override
    public int run(Invocation call) {
        return run(call.rest(), call.year(), call.json(), call.out(), r -> ReportPrinter.print(r.report(), call));
    }
}
