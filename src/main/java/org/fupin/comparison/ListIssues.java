package org.fupin.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fupin.household.domain.Finding;
import org.fupin.household.domain.IdNumber;
import org.fupin.imports.ImportIssue;
import org.fupin.imports.ImportReport;
import org.springframework.context.MessageSource;

/**
 * Findings of one list import as the imports module's located issues (row, column header, value, reason in plain
 * Chinese from the {@code comparison} bundle). ID numbers are shown masked, like every page.
 */
final class ListIssues {

    static final int MAX_LISTED = 1000;

    private final MessageSource messages;
    private final Locale locale;
    private final List<ImportIssue> errors = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();
    private int errorCount;
    private int warningCount;

    ListIssues(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    void add(Finding f) {
        boolean id = "ID_NUMBER".equals(f.column());
        String value = id && f.value() != null && f.value().length() >= 10 ? IdNumber.masked(f.value()) : f.value();
        ImportIssue issue = new ImportIssue(f.row(), header(f.column()), value, f.code(),
                messages.getMessage("comparison.rule." + f.code(), f.args().toArray(), f.code(), locale));
        if (f.isError()) {
            if (errorCount++ < MAX_LISTED) errors.add(issue);
        } else if (warningCount++ < MAX_LISTED) {
            warnings.add(issue);
        }
    }

    void error(int row, String column, String value, String code, Object... args) {
        add(new Finding(row, column, value, code, Finding.Severity.ERROR, List.of(args)));
    }

    /** The template's header text of a column; a column the template does not know keeps its own text. */
    String header(String column) {
        return column.isEmpty() ? "" : messages.getMessage("comparison.column." + column, null, column, locale);
    }

    boolean hasErrors() { return errorCount > 0; }

    ImportReport report(int rows) {
        List<ImportIssue> e = new ArrayList<>(errors);
        e.sort(Comparator.comparingInt(ImportIssue::row));
        List<ImportIssue> w = new ArrayList<>(warnings);
        w.sort(Comparator.comparingInt(ImportIssue::row));
        return new ImportReport(errorCount == 0, false, rows, 0, e, w, errorCount, warningCount);
    }
}
