package org.fupin.indicators;

import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.imports.Issues;
import org.fupin.imports.SmallTableImport;
import static org.fupin.indicators.IndicatorValueColumn.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fupin.household.domain.Finding;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports indicator values: year, region (any level), indicator set (default the national 2013 set), indicator code
 * and the actual value. A (region, year, set, indicator) may appear once; every row is checked before any is saved.
 */
@Component
class IndicatorValueImport {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Set<IndicatorValueColumn> OPTIONAL = Set.of(SET, NAME);

    private final Indicators indicators;
    private final RegionDirectory regions;
    private final MessageSource messages;

    IndicatorValueImport(Indicators indicators, RegionDirectory regions, MessageSource messages) {
        this.indicators = indicators;
        this.regions = regions;
        this.messages = messages;
    }

    private record Key(String region, int year, String set) {}

    ImportReport run(Path file, boolean dryRun, Locale locale) throws Exception {
        Issues issues = new Issues(messages, "indicator", locale);
        Map<Key, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        Map<String, Set<String>> codes = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        int rows = SmallTableImport.read(file, IndicatorValueColumn.class, c -> !OPTIONAL.contains(c), issues, (row, cells) -> {
            String set = cells.getOrDefault(SET, "").isEmpty() ? Indicators.NATIONAL_2013 : cells.get(SET);
            Set<String> known = codes.computeIfAbsent(set, s -> indicators.setExists(s)
                    ? indicators.set(s).stream().map(i -> i.code()).collect(Collectors.toSet()) : null);
            if (known == null) issues.add(Finding.error(row, SET, set, "UNKNOWN_CODE"));
            String year = cells.get(YEAR);
            boolean yearOk = year.matches("\\d{4}") && Integer.parseInt(year) >= 2000 && Integer.parseInt(year) <= 2100;
            if (!yearOk) issues.add(Finding.error(row, YEAR, year, "OUT_OF_RANGE", 2000, 2100));
            RegionCode.Parsed region = RegionCode.parse(cells.get(REGION_CODE));
            boolean regionOk = region.isValid() && regions.find(RegionScope.ALL, region.code().value()).isPresent();
            if (!regionOk) issues.add(Finding.error(row, REGION_CODE, cells.get(REGION_CODE), "REGION_NOT_FOUND"));
            String code = normaliseCode(cells.get(INDICATOR_CODE));
            if (known != null && !known.contains(code)) {
                issues.add(Finding.error(row, INDICATOR_CODE, cells.get(INDICATOR_CODE), "UNKNOWN_CODE"));
            }
            String value = cells.get(VALUE).replace(",", "");
            if (!NUMBER.matcher(value).matches()) issues.add(Finding.error(row, VALUE, cells.get(VALUE), "NOT_A_NUMBER"));
            if (issues.hasErrors()) return;
            Key key = new Key(region.code().value(), Integer.parseInt(year), set);
            Integer earlier = firstRow.putIfAbsent(key + "/" + code, row);
            if (earlier != null) {
                issues.add(Finding.error(row, INDICATOR_CODE, code, "INDICATOR_VALUE_REPEATED", String.valueOf(earlier)));
                return;
            }
            values.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(code, new BigDecimal(value));
        });
        if (rows < 0) return issues.report(dryRun, 0, 0);
        if (!issues.hasErrors() && !dryRun) {
            values.forEach((key, byCode) -> indicators.save(RegionScope.ALL, key.region(), key.year(), key.set(), byCode,
                    "IMPORT:" + file.getFileName(), "import"));
        }
        return issues.report(dryRun, rows, 0);
    }

    /** "1", "01" and "１" name the same indicator as the seeded code "01". */
    private static String normaliseCode(String raw) {
        return raw.matches("\\d") ? "0" + raw : raw;
    }
}
