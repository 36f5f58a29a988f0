package org.fupin.funds.cli;

import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.fupin.assistance.Alerts;
import org.fupin.assistance.AssistanceImport;
import org.fupin.assistance.ImportTemplate;
import org.fupin.imports.ImportReport;
import org.fupin.assistance.WorkTeams;
import org.fupin.assistance.domain.Staffing;
import org.fupin.funds.FundShare;
import org.fupin.funds.Funds;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code assistance alerts CODE --year YEAR [--on DATE] [--months N]}, {@code assistance staffing VILLAGE [--on DATE]}
 * {@code assistance fund-share CODE --year YEAR} and {@code assistance import TEMPLATE FILE [--dry-run]}, as text or with {@code --json} one JSON object. The day
 * defaults to today. Exit 0, or 2 on a usage error or an unknown region.
 */
@Component
class AssistanceCommands implements CliCommand {

    private final Alerts alerts;
    private final WorkTeams teams;
    private final Funds funds;
    private final ObjectMapper json;
    private final AssistanceImport importer;
    private final MessageSource messages;
    private final Locale locale = Imports.DEFAULT_LOCALE;

    AssistanceCommands(Alerts alerts, WorkTeams teams, Funds funds, ObjectMapper json, MessageSource messages,
                       AssistanceImport importer) {
        this.importer = importer;
        this.alerts = alerts;
        this.teams = teams;
        this.funds = funds;
        this.json = json;
        this.messages = messages;
    }

    int run(List<String> args, Integer year, boolean asJson, boolean dryRun, PrintStream out) {
        if (args.size() == 3 && args.get(0).equals("import")) return importFile(args.get(1), args.get(2), dryRun, out);
        LocalDate on;
        Integer months;
        try {
            on = option(args, "--on").map(LocalDate::parse).orElse(LocalDate.now());
            months = option(args, "--months").map(Integer::valueOf).orElse(null);
        } catch (DateTimeParseException | NumberFormatException e) {
            return usage();
        }
        if (args.size() != 2) return usage();
        String code = args.get(1);
        try {
            switch (args.get(0)) {
                case "alerts" -> {
                    if (year == null) return usage();
                    Alerts.Summary summary = alerts.summary(RegionScope.ALL, code, year, on, months);
                    print(out, asJson, summary, message("assistance.alerts.households",
                            summary.householdsWithoutCadre().size()) + "\n" + message("assistance.alerts.cadres",
                            summary.cadresWithoutVisit().size(), summary.months()));
                }
                case "staffing" -> {
                    Staffing staffing = teams.staffing(RegionScope.ALL, code, on);
                    print(out, asJson, staffing, message("assistance.staffing.count", staffing.staffedCount(),
                            staffing.slots().size()) + "\n" + staffing.missing().stream()
                            .map(k -> message("assistance.missing") + " " + message("assistance.term." + k.name()))
                            .reduce((a, b) -> a + "\n" + b).orElse(""));
                }
                case "fund-share" -> {
                    if (year == null) return usage();
                    FundShare share = funds.share(RegionScope.ALL, code, year);
                    print(out, asJson, share, message("assistance.cli.share", share.paid(), share.poorVillageShare(),
                            share.consolidationVillageShare(), share.registeredHouseholdShare()));
                }
                default -> {
                    return usage();
                }
            }
            return 0;
        } catch (RegionScope.OutOfScopeException e) {
            System.err.println(message("cli.regionNotFound", code));
            return 2;
        }
    }

    /** {@code assistance import CADRES|PAIRINGS|MEASURES FILE [--dry-run]}: exit 0 when accepted, 1 when rejected. */
    private int importFile(String template, String file, boolean dryRun, PrintStream out) {
        java.util.Optional<ImportTemplate> chosen = java.util.Arrays.stream(ImportTemplate.values())
                .filter(t -> t.name().equalsIgnoreCase(template)).findFirst();
        if (chosen.isEmpty() || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(file))) return usage();
        ImportReport report = importer.importFile(RegionScope.ALL, chosen.get(), java.nio.file.Path.of(file), dryRun, locale);
        report.errors().forEach(e -> out.println(message("assistance.cli.importError", e.row(), e.column(), e.value(),
                e.message())));
        out.println(report.accepted() ? message(dryRun ? "assistance.import.checked" : "assistance.import.accepted",
                report.rows()) : message("assistance.import.rejected", report.errorCount()));
        return report.accepted() ? 0 : 1;
    }

    private void print(PrintStream out, boolean asJson, Object value, String text) {
        out.println(asJson ? json.writeValueAsString(value) : text.strip());
    }

    private int usage() {
        System.err.println(message("assistance.cli.usage"));
        return 2;
    }

    private static java.util.Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) return java.util.Optional.empty();
        String value = args.remove(i + 1);
        args.remove(i);
        return java.util.Optional.of(value);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    @Override
    public List<String> names() { return List.of("assistance"); }

    @Override
    public int run(Invocation call) {
        return run(call.rest(), call.year(), call.json(), call.dryRun(), call.out());
    }
}
