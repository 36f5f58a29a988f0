package org.fupin.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Finds the import of a kind of file: the registry's own (regions, village facts, registry) or a feature's. */
@Service
public record ImportKinds(Imports imports, List<FileKind> contributed) {

    /** The report of the file's import, or empty when no feature imports this kind. */
    public Optional<ImportReport> run(String kind, Path file, boolean dryRun, Locale locale) {
        return switch (kind) {
            case "regions" -> Optional.of(imports.importRegions(file, dryRun, locale));
            case "region-changes" -> Optional.of(imports.importRegionChanges(file, dryRun, locale));
            case "village-facts" -> Optional.of(imports.importVillageFacts(file, dryRun, locale));
            case "registry" -> Optional.of(imports.importRegistry(file, dryRun, locale));
            default -> contributed.stream().filter(k -> k.kind().equals(kind)).findFirst()
                    .map(k -> k.run(file, dryRun, locale));
        };
    }
}
