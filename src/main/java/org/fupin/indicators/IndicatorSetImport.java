package org.fupin.indicators;

import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.imports.Issues;
import org.fupin.imports.SmallTableImport;
import static org.fupin.indicators.IndicatorSetColumn.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.domain.Finding;
import org.fupin.indicators.domain.Direction;
import org.fupin.indicators.domain.Indicator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports an indicator set — areas, indicators, weights, directions, targets, interval limits, sub-indicators — so
 * a province's own county-level table is data, not code. One set per file; re-importing a set replaces it.
 */
@Component
class IndicatorSetImport {

    private static final Set<IndicatorSetColumn> REQUIRED = EnumSet.of(SET_CODE, SET_NAME, AREA, CODE, NAME, WEIGHT, DIRECTION);

    private final Indicators indicators;
    private final Dictionaries dictionaries;
    private final MessageSource messages;

    IndicatorSetImport(Indicators indicators, Dictionaries dictionaries, MessageSource messages) {
        this.indicators = indicators;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    ImportReport run(Path file, boolean dryRun, Locale locale) throws Exception {
        Issues issues = new Issues(messages, "indicatorset", locale);
        dictionaries.preload();
        CodeList directions = dictionaries.forYear(2013).get("INDICATOR_DIRECTION");
        List<Indicator> set = new ArrayList<>();
        String[] code = new String[2];
        int rows = SmallTableImport.read(file, IndicatorSetColumn.class, REQUIRED::contains, issues, (row, cells) -> {
            for (IndicatorSetColumn column : REQUIRED) {
                if (cells.get(column).isEmpty()) issues.add(Finding.error(row, column, "", "REQUIRED"));
            }
            if (code[0] == null) {
                code[0] = cells.get(SET_CODE);
                code[1] = cells.get(SET_NAME);
            } else if (!code[0].equals(cells.get(SET_CODE))) {
                issues.add(Finding.error(row, SET_CODE, cells.get(SET_CODE), "ONE_SET_PER_FILE", code[0]));
            }
            var direction = directions.byLabel(cells.get(DIRECTION));
            if (!cells.get(DIRECTION).isEmpty() && direction.isEmpty()) {
                issues.add(Finding.error(row, DIRECTION, cells.get(DIRECTION), "UNKNOWN_CODE"));
            }
            Map<IndicatorSetColumn, BigDecimal> numbers = new java.util.EnumMap<>(IndicatorSetColumn.class);
            for (IndicatorSetColumn column : List.of(WEIGHT, TARGET, LOWER, UPPER, LOWER_LIMIT, UPPER_LIMIT)) {
                String raw = cells.getOrDefault(column, "");
                if (raw.isEmpty()) continue;
                if (!raw.matches("-?\\d+(\\.\\d+)?")) issues.add(Finding.error(row, column, raw, "NOT_A_NUMBER"));
                else numbers.put(column, new BigDecimal(raw));
            }
            if (issues.hasErrors() || direction.isEmpty()) return;
            try {
                String parent = cells.getOrDefault(PARENT, "");
                set.add(new Indicator(cells.get(CODE), cells.get(AREA), cells.get(NAME), cells.getOrDefault(UNIT, ""),
                        numbers.get(WEIGHT), Direction.valueOf(direction.get().code()), numbers.get(TARGET),
                        numbers.get(LOWER), numbers.get(UPPER), numbers.get(LOWER_LIMIT), numbers.get(UPPER_LIMIT),
                        parent.isEmpty() ? null : parent, true));
            } catch (IllegalArgumentException | NullPointerException invalid) {
                issues.add(Finding.error(row, CODE, cells.get(CODE), "INDICATOR_INVALID", String.valueOf(invalid.getMessage())));
            }
        });
        if (rows < 0) return issues.report(dryRun, 0, 0);
        if (!issues.hasErrors()) save(file, set, code, dryRun, issues);
        return issues.report(dryRun, rows, 0);
    }

    private void save(Path file, List<Indicator> set, String[] code, boolean dryRun, Issues issues) {
        try {
            if (dryRun) {
                org.fupin.indicators.domain.AttainmentCalculator.evaluate(set, Map.of());
                return;
            }
            List<String> kept = indicators.saveSet(code[0], code[1], "IMPORT:" + file.getFileName(), set);
            kept.forEach(k -> issues.add(Finding.error(1, CODE, k, "INDICATOR_HAS_VALUES")));
        } catch (IllegalArgumentException invalid) {
            issues.add(Finding.error(1, PARENT, "", "INDICATOR_INVALID", String.valueOf(invalid.getMessage())));
        }
    }
}
