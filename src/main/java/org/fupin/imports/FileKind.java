package org.fupin.imports;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A kind of file that a feature contributes to the import page and {@code POST /api/v1/imports/{kind}}: the
 * feature keeps its template's checks, the import page and REST find it by {@link #kind()}.
 */
public interface FileKind {

    /** The kind's name in URLs and forms, e.g. {@code indicator-values}. */
    String kind();

    /** Checks and (unless a dry run) writes the file as a whole, through {@link Imports#inTransaction}. */
    ImportReport run(Path file, boolean dryRun, Locale locale);
}
