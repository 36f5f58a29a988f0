package org.fupin.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.indicators.ComputeResult;
import org.fupin.indicators.Indicators;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code import-facilities FILE --year YEAR [--dry-run] [--json]} and
 * {@code indicators compute CODE --year YEAR [--set SET] [--overwrite] [--json]}: the same facade methods as the
 * pages and REST. Exit 0 when accepted/computed, 1 when rejected, 2 on a usage error.
 */
@Component
class FacilityCommands {

    private final Imports imports;
    private final Indicators indicators;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final Locale locale = Imports.DEFAULT_LOCALE;

    FacilityCommands(Imports imports, Indicators indicators, ObjectMapper json, MessageSource messages) {
        this.imports = imports;
        this.indicators = indicators;
        this.json = json;
        this.messages = messages;
    }

    int importFacilities(List<String> rest, Integer year, boolean dryRun, ToIntFunction<ImportReport> report) {
        if (rest.size() != 1 || year == null) return usage();
        Path file = Path.of(rest.get(0));
        if (!Files.isReadable(file)) {
            System.err.println(message("cli.fileNotFound", file));
            return 2;
        }
        return report.applyAsInt(imports.importFacilities(file, year, dryRun, locale));
    }

    /** {@code rest} is what follows "indicators compute". */
    int compute(List<String> rest, Integer year, String set, boolean asJson, PrintStream out) {
        boolean overwrite = rest.remove("--overwrite");
        if (rest.size() != 1 || year == null) return usage();
        if (!indicators.setExists(set)) {
            System.err.println(message("facilities.cli.unknownSet", set));
            return 2;
        }
        ComputeResult result;
        try {
            result = indicators.compute(RegionScope.ALL, rest.get(0), year, set, "cli", overwrite);
        } catch (RegionScope.OutOfScopeException e) {
            System.err.println(message("cli.regionNotFound", rest.get(0)));
            return 2;
        }
        if (asJson) {
            out.println(json.writeValueAsString(result));
            return 0;
        }
        for (ComputeResult.Line l : result.lines()) {
            out.println(message("facilities.cli.line", l.indicatorCode(), message("facilities.method." + l.method().name()),
                    message("facilities.basis." + l.unit().name(), l.numerator(), l.denominator()),
                    l.value() == null ? "-" : l.value().toPlainString(), message("facilities.decision." + l.decision().name())));
        }
        out.println(message("facilities.cli.done", result.saved(), result.lines().size()));
        return 0;
    }

    private int usage() {
        System.err.println(message("facilities.cli.usage"));
        return 2;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
