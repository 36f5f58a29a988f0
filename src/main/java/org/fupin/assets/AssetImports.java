package org.fupin.assets;

import java.nio.file.Path;
import java.util.Locale;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;

/** The asset template's import, for pages, REST and CLI alike: all or nothing, audited, rows within the scope. */
@Service
public record AssetImports(Imports imports, AssetImport assets) {

    public ImportReport importAssets(RegionScope scope, Path file, boolean dryRun, Locale locale, String actor) {
        return imports.inTransaction("ASSETS", file, dryRun, () -> assets.run(scope, file, dryRun, locale, actor));
    }
}
