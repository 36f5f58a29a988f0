package org.fupin.imports;

import org.fupin.cli.Invocation;

/** How every command prints an import's report: one JSON object, or each issue located by row and column. */
public final class ReportPrinter {

    private ReportPrinter() {}

    /** Prints the report; exit code 0 when the file was accepted, 1 when it was rejected. */
    public static int print(ImportReport report, Invocation call) {
        if (call.json()) {
            call.printJson(report);
        } else {
            var out = call.out();
            report.errors().forEach(e -> out.println(call.message("cli.issue.error", e.row(), e.column(), e.value(), e.message())));
            report.warnings().forEach(w -> out.println(call.message("cli.issue.warning", w.row(), w.column(), w.value(), w.message())));
            if (report.errorCount() > report.errors().size() || report.warningCount() > report.warnings().size()) {
                out.println(call.message("cli.import.capped", report.errors().size(), report.warnings().size()));
            }
            String accepted = report.households() > 0 ? "cli.import.accepted" : "cli.import.acceptedRows";
            out.println(call.message(report.accepted() ? (report.dryRun() ? "cli.import.dryRun" : accepted)
                    : "cli.import.rejected", report.rows(), report.errorCount(), report.warningCount(), report.households()));
        }
        return report.accepted() ? 0 : 1;
    }
}
