package org.fupin.facilities.cli;

import java.util.List;
import org.fupin.cli.CliCommand;
import org.fupin.cli.Invocation;
import org.fupin.facilities.FacilityImports;
import org.fupin.imports.ReportPrinter;
import org.springframework.stereotype.Component;

/** {@code import-facilities FILE --year YEAR [--dry-run] [--json]}: exit 0 when accepted, 1 when rejected, 2 on a usage error. */
@Component
class FacilityCommands implements CliCommand {

    private final FacilityImports imports;

    FacilityCommands(FacilityImports imports) { this.imports = imports; }

    @Override
    public List<String> names() { return List.of("import-facilities"); }

    @Override
    public int run(Invocation call) {
        if (call.rest().size() != 1 || call.year() == null) {
            System.err.println(call.message("facilities.cli.usage"));
            return 2;
        }
        return call.file().map(f -> ReportPrinter.print(
                imports.importFacilities(f, call.year(), call.dryRun(), Invocation.LOCALE), call)).orElse(2);
    }
}
