package org.fupin.facilities;

import java.nio.file.Path;
import java.util.Locale;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.springframework.stereotype.Service;

/** The facility table's import, for pages, REST and CLI alike: all or nothing, audited (docs/facility-templates.md). */
@Service
public record FacilityImports(Imports imports, FacilityImport facilities) {

    /** A village facility table for one year; replaces the listed villages' rows. */
    public ImportReport importFacilities(Path file, int year, boolean dryRun, Locale locale) {
        return imports.inTransaction("FACILITIES", file, dryRun, () -> facilities.run(file, year, dryRun, locale));
    }
}
