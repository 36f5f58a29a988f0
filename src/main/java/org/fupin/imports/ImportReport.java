package org.fupin.imports;

import java.util.List;

/**
 * The outcome of one import: accepted or not, and every error and warning located by row and column.
 * Lists are capped at {@link Issues#MAX_LISTED} entries each; the counts are always complete.
 */
public record ImportReport(boolean accepted, boolean dryRun, int rows, int households,
                           List<ImportIssue> errors, List<ImportIssue> warnings, int errorCount, int warningCount) implements java.io.Serializable {
}
