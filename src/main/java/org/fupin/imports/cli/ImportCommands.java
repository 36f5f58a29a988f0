package org.fupin.imports.cli;

import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.imports.ReportPrinter;
import org.springframework.stereotype.Component;

/** {@code import-regions FILE}, {@code import-region-changes FILE}, {@code import-village-facts FILE}, {@code import FILE [--dry-run] [--json]}. */
@Component
class ImportCommands implements CliCommand {

    private final Imports imports;

    ImportCommands(Imports imports) { this.imports = imports; }

    @Override
    public List<String> names() { return List.of("import-regions", "import-region-changes", "import-village-facts", "import"); }

    @Override
    public int run(Invocation call) {
        boolean confirm = call.rest().remove("--confirm-status-changes");
        boolean partial = call.rest().remove("--partial");
        return call.file().map(file -> {
            ImportReport report = switch (call.name()) {
                case "import-regions" -> imports.importRegions(file, call.dryRun(), Invocation.LOCALE);
                case "import-region-changes" -> imports.importRegionChanges(file, call.dryRun(), Invocation.LOCALE);
                case "import-village-facts" -> imports.importVillageFacts(file, call.dryRun(), Invocation.LOCALE);
                default -> imports.importRegistry(file, call.dryRun(), confirm, partial, Invocation.LOCALE);
            };
            return ReportPrinter.print(report, call);
        }).orElse(2);
    }
}
