package org.fupin.imports;

import static org.fupin.imports.RegionChangeColumn.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fupin.household.domain.Finding;
import org.fupin.region.RegionChangeKind;
import org.fupin.region.RegionCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports a 区划变更表 (ADR 0037): one change a row (year, old code, new code, kind, new name), applied in the
 * order of the file, so that a row may build on an earlier one (a new county, then a township moved into it).
 * Each row is checked for its form here and against the tree of its year by {@link RegionChanges}; one error
 * anywhere rejects the whole file. A change already recorded is left as it is, so a second import changes nothing.
 */
@Component
record RegionChangeImport(RegionChanges changes, MessageSource messages) {

    /** One parsed row. */
    record Change(int row, int year, RegionChangeKind kind, RegionCode oldCode, RegionCode newCode, String name) {}

    ImportReport run(Path file, boolean dryRun, Locale locale, BatchRecorder batches) throws Exception {
        Issues issues = new Issues(messages, "regionChange", locale);
        List<Change> parsed = new ArrayList<>();
        int rows = SmallTableImport.read(file, RegionChangeColumn.class, c -> c != NEW_NAME, issues,
                (row, cells) -> parse(row, cells, issues).ifPresent(parsed::add));
        if (rows < 0) return issues.report(dryRun, 0, 0);
        for (Change change : parsed) issues.addAll(changes.apply(change));
        if (!issues.hasErrors() && !dryRun) batches.record("REGION_CHANGES", file, rows);
        return issues.report(dryRun, rows, 0);
    }

    private java.util.Optional<Change> parse(int row, java.util.Map<RegionChangeColumn, String> cells, Issues issues) {
        int errors = issues.errorCount();
        Integer year = year(row, cells.get(YEAR), issues);
        RegionChangeKind kind = RegionChangeKind.parse(cells.get(KIND), this::label).orElse(null);
        if (kind == null) issues.add(Finding.error(row, KIND, cells.get(KIND), "REGION_CHANGE_KIND_UNKNOWN"));
        RegionCode oldCode = code(row, OLD_CODE, cells.get(OLD_CODE), kind != RegionChangeKind.NEW, issues);
        boolean newRequired = kind != null && kind != RegionChangeKind.ABOLISH && kind != RegionChangeKind.RENAME;
        RegionCode newCode = code(row, NEW_CODE, cells.get(NEW_CODE), newRequired, issues);
        String name = cells.getOrDefault(NEW_NAME, "");
        if (name.length() > 60) issues.add(Finding.error(row, NEW_NAME, name, "TOO_LONG", 60));
        boolean nameRequired = kind == RegionChangeKind.NEW || kind == RegionChangeKind.SPLIT
                || kind == RegionChangeKind.RENAME && (newCode == null || newCode.equals(oldCode));
        if (nameRequired && name.isEmpty()) issues.add(Finding.error(row, NEW_NAME, name, "REQUIRED"));
        if (kind == RegionChangeKind.ABOLISH && !cells.getOrDefault(NEW_CODE, "").isEmpty()) {
            issues.add(Finding.error(row, NEW_CODE, cells.get(NEW_CODE), "REGION_CHANGE_NO_NEW_CODE"));
        }
        if (kind == RegionChangeKind.NEW && !cells.getOrDefault(OLD_CODE, "").isEmpty()) {
            issues.add(Finding.error(row, OLD_CODE, cells.get(OLD_CODE), "REGION_CHANGE_NO_OLD_CODE"));
        }
        if (issues.errorCount() > errors) return java.util.Optional.empty();
        return java.util.Optional.of(new Change(row, year, kind, oldCode, newCode, name.isEmpty() ? null : name));
    }

    private String label(String key, Locale locale) { return messages.getMessage(key, null, key, locale); }

    private static Integer year(int row, String raw, Issues issues) {
        try {
            int year = Integer.parseInt(raw);
            if (year >= 1949 && year <= 2200) return year;
        } catch (NumberFormatException e) {
            // reported below
        }
        issues.add(Finding.error(row, YEAR, raw, "REGION_CHANGE_YEAR_INVALID"));
        return null;
    }

    private static RegionCode code(int row, RegionChangeColumn column, String raw, boolean required, Issues issues) {
        if (raw == null || raw.isEmpty()) {
            if (required) issues.add(Finding.error(row, column, "", "REQUIRED"));
            return null;
        }
        RegionCode.Parsed parsed = RegionCode.parse(raw);
        if (!parsed.isValid()) issues.add(Finding.error(row, column, raw, "REGION_CODE_INVALID"));
        return parsed.code();
    }
}
