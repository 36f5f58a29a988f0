package org.fupin.imports.cli;

import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.imports.ImportProgress;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.imports.ReportPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code import-regions FILE}, {@code import-region-changes FILE}, {@code import-village-facts FILE},
 * {@code import FILE [--dry-run] [--json]}; the registry import prints its progress on standard error (not with
 * {@code --json}).
 */
@Component
class ImportCommands implements CliCommand {

    private final Imports imports;
    private final MessageSource messages;

    ImportCommands(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

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
                default -> registry(call, file, confirm, partial);
            };
            return ReportPrinter.print(report, call);
        }).orElse(2);
    }

    /** The registry import, its progress on standard error every two seconds unless {@code --json}. */
    private ImportReport registry(Invocation call, java.nio.file.Path file, boolean confirm, boolean partial) {
        ImportProgress progress = new ImportProgress();
        if (call.json()) return imports.importRegistry(file, call.dryRun(), confirm, partial, Invocation.LOCALE, progress);
        try (ProgressPrinter printer = new ProgressPrinter(progress, messages, Invocation.LOCALE, System.err, 2)) {
            return imports.importRegistry(file, call.dryRun(), confirm, partial, Invocation.LOCALE, progress);
        }
    }
}
