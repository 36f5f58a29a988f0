package org.fupin.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fupin.demo.DemoData;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.statistics.Statistics;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Batch commands in the same jar: {@code import-regions FILE}, {@code import-village-facts FILE},
 * {@code import FILE [--dry-run] [--json]}, {@code stats CODE --year YEAR [--with-descendants] [--json]},
 * {@code load-demo}. Exit 0 when accepted, 1 when rejected, 2 on a usage error.
 */
@Component
public class Cli {

    private static final Set<String> COMMANDS = Set.of("import-regions", "import-village-facts", "import", "stats",
            "load-demo", "user", "audit", "indicators", "import-indicator-values", "import-indicator-set", "generate-province",
            "bench-import", "compare", "identification", "assistance", "monitoring", "help",
            "import-facilities");

    private final Imports imports;
    private final Statistics statistics;
    private final org.fupin.statistics.Aggregates aggregates;
    private final ProvinceCommand province;
    private final DemoData demo;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final UserCommands users;
    private final org.fupin.audit.AuditLog auditLog;
    private final org.fupin.indicators.Indicators indicators;
    private final org.fupin.statistics.Reconciliation reconciliation;
    private final ComparisonCommands comparisons;
    private final IdentificationCommands identification;
    private AssistanceCommands assistance;
    private final MonitoringCommands monitoring;
    private FacilityCommands facilities;
    private PrintStream out = System.out;
    private final Locale locale = Imports.DEFAULT_LOCALE;

    Cli(Imports imports, Statistics statistics, DemoData demo, ObjectMapper json, MessageSource messages,
        UserCommands users, org.fupin.audit.AuditLog auditLog, org.fupin.indicators.Indicators indicators,
        org.fupin.statistics.Reconciliation reconciliation, org.fupin.statistics.Aggregates aggregates,
        ProvinceCommand province, ComparisonCommands comparisons,
        IdentificationCommands identification, MonitoringCommands monitoring) {
        this.identification = identification;
        this.monitoring = monitoring;
        this.province = province;
        this.comparisons = comparisons;
        this.reconciliation = reconciliation;
        this.aggregates = aggregates;
        this.indicators = indicators;
        this.users = users;
        this.auditLog = auditLog;
        this.imports = imports;
        this.statistics = statistics;
        this.demo = demo;
        this.json = json;
        this.messages = messages;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setAssistance(AssistanceCommands assistance) { this.assistance = assistance; }

    @org.springframework.beans.factory.annotation.Autowired
    void setFacilities(FacilityCommands facilities) { this.facilities = facilities; }

    public static boolean isCommand(String arg) { return COMMANDS.contains(arg); }

    public int run(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        boolean asJson = rest.remove("--json");
        boolean dryRun = rest.remove("--dry-run");
        boolean descendants = rest.remove("--with-descendants");
        Integer year = option(rest, "--year");
        out = standardOutput(asJson || "stats".equals(args[0]) || "indicators".equals(args[0]));
        switch (args[0]) {
            case "import-regions":
                return file(rest).map(f -> report(imports.importRegions(f, dryRun, locale), asJson)).orElse(2);
            case "import-village-facts":
                return file(rest).map(f -> report(imports.importVillageFacts(f, dryRun, locale), asJson)).orElse(2);
            case "import":
                return file(rest).map(f -> report(imports.importRegistry(f, dryRun, locale), asJson)).orElse(2);
            case "stats":
                if (!rest.isEmpty() && rest.get(0).equals("reconcile")) return reconcile(rest, year);
                if (rest.equals(List.of("rebuild"))) return rebuild(year);
                return stats(rest, year, descendants);
            case "import-indicator-set":
                return file(rest).map(f -> report(imports.importIndicatorSet(f, dryRun, locale), asJson)).orElse(2);
            case "import-indicator-values":
                return file(rest).map(f -> report(imports.importIndicatorValues(f, dryRun, locale), asJson)).orElse(2);
            case "indicators":
                if (!rest.isEmpty() && rest.get(0).equals("compute")) {
                    String set = option(rest, "--set", org.fupin.indicators.Indicators.NATIONAL_2013);
                    return facilities.compute(new ArrayList<>(rest.subList(1, rest.size())), year, set, asJson, out);
                }
                return indicatorCommand(rest, year);
            case "import-facilities":
                return facilities.importFacilities(rest, year, dryRun, r -> report(r, asJson));
            case "audit":
                return audit(rest);
            case "user":
                return users.run(rest, out);
            case "generate-province":
                return generateProvince(rest);
            case "bench-import":
                return province.benchImport(rest, option(rest, "--per-row-limit"), out);
            case "compare":
                return comparisons.run(rest, year, asJson, out, r -> report(r.report(), asJson));
            case "identification":
                return identification.run(rest, year, asJson, out);
            case "assistance":
                return assistance.run(rest, year, asJson, dryRun, out);
            case "monitoring":
                return monitoring.run(rest, year, asJson, out, r -> report(r, asJson));
            case "load-demo":
                out.println(message("cli.demo.loaded", demo.load()));
                return 0;
            default:
                out.println(message("cli.usage"));
                return 0;
        }
    }

    /** {@code indicators attainment CODE --year YEAR [--set SET] --json}: one JSON object. */
    private int indicatorCommand(List<String> rest, Integer year) {
        String set = option(rest, "--set", org.fupin.indicators.Indicators.NATIONAL_2013);
        if (rest.size() != 2 || !rest.get(0).equals("attainment") || year == null) return usage();
        try {
            out.println(json.writeValueAsString(indicators.attainment(RegionScope.ALL, rest.get(1), year, set)));
            return 0;
        } catch (RegionScope.OutOfScopeException e) {
            System.err.println(message("cli.regionNotFound", rest.get(1)));
            return 2;
        }
    }

    private static String option(List<String> rest, String name, String fallback) {
        int i = rest.indexOf(name);
        if (i < 0 || i + 1 >= rest.size()) return fallback;
        String value = rest.remove(i + 1);
        rest.remove(i);
        return value;
    }

    private int generateProvince(List<String> rest) {
        Integer persons = option(rest, "--persons");
        Integer seed = option(rest, "--seed");
        try {
            int code = province.run(rest, persons == null ? null : persons.longValue(), seed == null ? null : seed.longValue(), out);
            return code == 2 ? usage() : code;
        } catch (java.io.IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** {@code stats reconcile CODE --year YEAR}: exit 0 when every figure reconciles, 1 with the differences. */
    private int reconcile(List<String> rest, Integer year) {
        if (rest.size() != 2 || year == null) return usage();
        try {
            var differences = reconciliation.check(RegionScope.ALL, rest.get(1), year);
            differences.forEach(d -> out.println(message("cli.reconcile.difference", d.where(), d.figure(), d.expected(), d.found())));
            out.println(message(differences.isEmpty() ? "cli.reconcile.ok" : "cli.reconcile.failed", differences.size()));
            return differences.isEmpty() ? 0 : 1;
        } catch (RegionScope.OutOfScopeException e) {
            System.err.println(message("cli.regionNotFound", rest.get(1)));
            return 2;
        }
    }

    /** {@code stats rebuild [--year YEAR]}: recounts the maintained aggregates from the records. */
    private int rebuild(Integer year) {
        aggregates.rebuild(year == null ? List.of() : List.of(year));
        out.println(message("cli.rebuild.done"));
        return 0;
    }

    /** {@code audit verify}: exit 0 when the chain is intact, 1 with the first broken row otherwise. */
    private int audit(List<String> rest) {
        if (!rest.equals(List.of("verify"))) return usage();
        java.util.Optional<Long> broken = auditLog.verify();
        out.println(broken.map(id -> message("cli.audit.broken", id)).orElseGet(() -> message("cli.audit.intact")));
        return broken.isPresent() ? 1 : 0;
    }

    private int stats(List<String> rest, Integer year, boolean descendants) {
        if (rest.size() != 1 || year == null) return usage();
        Object result;
        try {
            result = descendants ? statistics.withDescendants(RegionScope.ALL, rest.get(0), year)
                    : statistics.forRegion(RegionScope.ALL, rest.get(0), year);
        } catch (RegionScope.OutOfScopeException e) {
            System.err.println(message("cli.regionNotFound", rest.get(0)));
            return 2;
        }
        out.println(json.writeValueAsString(result));
        return 0;
    }

    private int report(ImportReport report, boolean asJson) {
        if (asJson) {
            out.println(json.writeValueAsString(report));
        } else {
            report.errors().forEach(e -> out.println(message("cli.issue.error", e.row(), e.column(), e.value(), e.message())));
            report.warnings().forEach(w -> out.println(message("cli.issue.warning", w.row(), w.column(), w.value(), w.message())));
            if (report.errorCount() > report.errors().size() || report.warningCount() > report.warnings().size()) {
                out.println(message("cli.import.capped", report.errors().size(), report.warnings().size()));
            }
            String accepted = report.households() > 0 ? "cli.import.accepted" : "cli.import.acceptedRows";
            out.println(message(report.accepted() ? (report.dryRun() ? "cli.import.dryRun" : accepted)
                    : "cli.import.rejected", report.rows(), report.errorCount(), report.warningCount(), report.households()));
        }
        return report.accepted() ? 0 : 1;
    }

    private java.util.Optional<Path> file(List<String> rest) {
        if (rest.size() != 1) {
            usage();
            return java.util.Optional.empty();
        }
        Path file = Path.of(rest.get(0));
        if (!Files.isReadable(file)) {
            System.err.println(message("cli.fileNotFound", file));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(file);
    }

    /**
     * JSON is always written as UTF-8 (RFC 8259), whatever the locale: under a POSIX/C locale Java 17 would
     * otherwise print every Chinese character as '?'. Text keeps the console's encoding (GBK on a Chinese
     * Windows) unless that encoding cannot represent Chinese at all.
     */
    static PrintStream standardOutput(boolean asJson) {
        String name = System.getProperty("sun.stdout.encoding");
        Charset console = name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
        boolean chineseOk = console.canEncode() && console.newEncoder().canEncode("\u53bf\u4e61\u6751\u6237\u4eba");
        if (!asJson && chineseOk) return System.out;
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    private static Integer option(List<String> rest, String name) {
        int i = rest.indexOf(name);
        if (i < 0 || i + 1 >= rest.size()) return null;
        String value = rest.remove(i + 1);
        rest.remove(i);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int usage() {
        System.err.println(message("cli.usage"));
        return 2;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
