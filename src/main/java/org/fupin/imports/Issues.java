package org.fupin.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fupin.household.domain.Finding;
import org.springframework.context.MessageSource;

/** Collects findings of one import as plain-language issues (messages from the bundle, headers from the template). */
public final class Issues {

    public static final int MAX_LISTED = 1000;
    /** Columns whose values reports show masked (ID numbers, phones), like every page. */
    private static final java.util.Set<String> SENSITIVE = java.util.Set.of("ID_NUMBER", "PHONE");

    private final MessageSource messages;
    private final String template;
    private final Locale locale;
    private final List<ImportIssue> errors = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();
    private int errorCount;
    private int warningCount;

    public Issues(MessageSource messages, String template, Locale locale) {
        this.messages = messages;
        this.template = template;
        this.locale = locale;
    }

    /** Every row with an error, one bit a row: a file with an error in each of its rows costs a bit each. */
    private final java.util.BitSet errorRows = new java.util.BitSet();

    /**
     * Counts the finding and lists it while its list has room; only a listed finding is worded (a file with an error
     * in every row keeps {@value #MAX_LISTED} issues, not one per row; issue #23).
     */
    public void add(Finding f) {
        if (f.isError()) {
            errorCount++;
            if (f.row() >= 0) errorRows.set(f.row());
            if (errors.size() < MAX_LISTED) errors.add(issue(f));
        } else {
            warningCount++;
            if (warnings.size() < MAX_LISTED) warnings.add(issue(f));
        }
    }

    private ImportIssue issue(Finding f) {
        boolean sensitive = SENSITIVE.contains(f.column());
        Object[] args = f.args().stream().map(a -> sensitive && a instanceof String text ? mask(text) : a).toArray();
        return new ImportIssue(f.row(), header(f.column()), sensitive ? mask(f.value()) : f.value(),
                f.code(), messages.getMessage("rule." + f.code(), args, f.code(), locale));
    }

    private static String mask(String value) {
        if (value == null || value.length() < 7) return value;
        return value.length() == 11 ? value.substring(0, 3) + "****" + value.substring(7)
                : org.fupin.household.domain.IdNumber.masked(value);
    }

    public void addAll(List<Finding> findings) { findings.forEach(this::add); }

    public String header(String column) {
        return messages.getMessage(template + "." + column, null, column, Locale.ROOT);
    }

    public boolean hasErrors() { return errorCount > 0; }

    public int errorCount() { return errorCount; }

    /** Whether the row has an error (listed or not). */
    public boolean hasErrorIn(int row) { return row >= 0 && errorRows.get(row); }

    /**
     * The report of a partial import: accepted (its good households are kept) unless {@code refused}, with the
     * errors of the households it left out.
     */
    public ImportReport partialReport(boolean dryRun, int rows, int households, boolean refused) {
        ImportReport report = report(dryRun, rows, households);
        return new ImportReport(!refused, dryRun, rows, households, report.errors(), report.warnings(),
                report.errorCount(), report.warningCount());
    }

    public ImportReport report(boolean dryRun, int rows, int households) {
        List<ImportIssue> sortedErrors = new ArrayList<>(errors);
        sortedErrors.sort(java.util.Comparator.comparingInt(ImportIssue::row));
        List<ImportIssue> sortedWarnings = new ArrayList<>(warnings);
        sortedWarnings.sort(java.util.Comparator.comparingInt(ImportIssue::row));
        return new ImportReport(errorCount == 0, dryRun, rows, households, sortedErrors, sortedWarnings,
                errorCount, warningCount);
    }
}
