package org.fupin.assistance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.kernel.Reason;
import org.fupin.audit.AuditLog;
import org.fupin.imports.ImportIssue;
import org.fupin.imports.ImportReport;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Imports an assistance template (cadres, pairings, measures) all or nothing: every row goes through the same
 * facade methods as the pages, in one transaction; any error (located by row, column and value, in plain words)
 * rolls the whole file back, and so does a dry run.
 */
@Service
public record AssistanceImport(ImportRows rows, MessageSource messages, ReasonMessages reasons, AuditLog audit,
                               Transactions transactions) {

    /** One data row: its cells by column, and where to report a problem. */
    record Line(int row, Map<String, String> cells, Map<String, String> headers) {
        String get(String column) { return cells.getOrDefault(column, ""); }
    }

    /**
     * An uploaded file (the page's form and the REST route): kept in a temporary file while it is imported, then
     * deleted; no file at all reads as an empty one (refused as unreadable, as the page always answered).
     */
    public ImportReport importUpload(RegionScope scope, ImportTemplate template, InputStream upload, boolean dryRun,
                                     Locale locale) {
        try {
            Path temp = Files.createTempFile("fupin-assistance", ".xlsx");
            try {
                if (upload != null) Files.copy(upload, temp, StandardCopyOption.REPLACE_EXISTING);
                return importFile(scope, template, temp, dryRun, locale);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportReport importFile(RegionScope scope, ImportTemplate template, Path file, boolean dryRun, Locale locale) {
        return transactions.write(status -> {
            List<ImportIssue> errors = new ArrayList<>();
            List<Sheet.Row> sheet;
            try {
                sheet = Sheet.read(file);
            } catch (IOException | RuntimeException unreadable) {
                errors.add(issue(1, "", "", "FILE_UNREADABLE", locale, String.valueOf(unreadable.getMessage())));
                return report(false, dryRun, 0, errors);
            }
            if (sheet.isEmpty()) {
                errors.add(issue(1, "", "", "FILE_EMPTY", locale));
                return report(false, dryRun, 0, errors);
            }
            Map<String, Integer> positions = header(template, sheet.get(0), errors, locale);
            int count = 0;
            if (errors.isEmpty()) {
                Map<String, String> headers = new HashMap<>();
                template.columns().forEach(c -> headers.put(c, headerText(template, c, locale)));
                for (Sheet.Row row : sheet.subList(1, sheet.size())) {
                    if (row.isBlank()) continue;
                    count++;
                    Map<String, String> cells = new HashMap<>();
                    positions.forEach((column, index) -> cells.put(column, row.cell(index)));
                    Line line = new Line(row.number(), cells, headers);
                    if (!missing(template, line, errors, locale)) {
                        rows.apply(scope, template, line).forEach(r -> errors.add(located(line, r, locale)));
                    }
                }
            }
            boolean accepted = errors.isEmpty();
            if (!accepted || dryRun) status.setRollbackOnly();
            else audit.record("IMPORT_" + template.name(), file.getFileName().toString(), count + " rows");
            return report(accepted, dryRun, count, errors);
        });
    }

    private Map<String, Integer> header(ImportTemplate template, Sheet.Row header, List<ImportIssue> errors, Locale locale) {
        Map<String, Integer> positions = new HashMap<>();
        for (String column : template.columns()) {
            int found = -1;
            for (int i = 0; i < header.cells().size(); i++) {
                String text = header.cell(i);
                if (text.equals(headerText(template, column, Locale.ROOT)) || text.equals(headerText(template, column, Locale.ENGLISH))) found = i;
            }
            if (found < 0) errors.add(issue(1, headerText(template, column, locale), "", "COLUMN_MISSING", locale));
            positions.put(column, found);
        }
        return positions;
    }

    private boolean missing(ImportTemplate template, Line line, List<ImportIssue> errors, Locale locale) {
        boolean missing = false;
        for (String column : template.columns()) {
            if (!template.optional(column) && line.get(column).isBlank()) {
                errors.add(issue(line.row(), line.headers().get(column), "", "REQUIRED", locale));
                missing = true;
            }
        }
        return missing;
    }

    private ImportIssue located(Line line, ImportRows.Problem problem, Locale locale) {
        String column = problem.column() == null ? "" : line.headers().get(problem.column());
        String value = problem.column() == null ? "" : line.get(problem.column());
        Reason reason = problem.reason();
        return new ImportIssue(line.row(), column, value, reason.code(), reasons.message(reason, locale));
    }

    private ImportIssue issue(int row, String column, String value, String code, Locale locale, Object... args) {
        return new ImportIssue(row, column, value, code, messages.getMessage("assistance.import.error." + code, args, locale));
    }

    private String headerText(ImportTemplate template, String column, Locale locale) {
        return messages.getMessage("assistance.import." + template.name() + "." + column, null, locale);
    }

    private static ImportReport report(boolean accepted, boolean dryRun, int rows, List<ImportIssue> errors) {
        return new ImportReport(accepted, dryRun, rows, 0, errors.stream().limit(1000).toList(), List.of(),
                errors.size(), 0);
    }
}
