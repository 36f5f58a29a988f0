package org.fupin.indicators;

import java.nio.file.Path;
import java.util.Locale;
import org.fupin.imports.FileKind;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/** Imports of a province's indicator set and of indicator values, for pages, REST and CLI alike: all or nothing, audited. */
@Service
public record IndicatorImports(Imports imports, IndicatorSetImport sets, IndicatorValueImport values) {

    public ImportReport importIndicatorSet(Path file, boolean dryRun, Locale locale) {
        return imports.inTransaction("INDICATOR_SET", file, dryRun, () -> sets.run(file, dryRun, locale));
    }

    public ImportReport importIndicatorValues(Path file, boolean dryRun, Locale locale) {
        return imports.inTransaction("INDICATOR_VALUES", file, dryRun, () -> values.run(file, dryRun, locale));
    }

    @Bean
    static FileKind indicatorSetKind(IndicatorImports imports) {
        return kind("indicator-set", imports::importIndicatorSet);
    }

    @Bean
    static FileKind indicatorValuesKind(IndicatorImports imports) {
        return kind("indicator-values", imports::importIndicatorValues);
    }

    private interface Run {
        ImportReport run(Path file, boolean dryRun, Locale locale);
    }

    private static FileKind kind(String name, Run run) {
        return new FileKind() {
            @Override public String kind() { return name; }
            @Override public ImportReport run(Path file, boolean dryRun, Locale locale) { return run.run(file, dryRun, locale); }
        };
    }
}
