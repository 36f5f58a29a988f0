package org.fupin.facilities;

import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.imports.Issues;
import org.fupin.imports.SmallTableImport;
import static org.fupin.facilities.FacilityColumn.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.domain.Finding;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Imports a village facility table (村级公共服务设施表) for one year: per row a village, a facility type, the count,
 * whether it meets the standard, the households covered and the source. Every row is checked before any is saved;
 * each village in the file gets exactly the list the file gives it for that year.
 */
@Component
class FacilityImport {

    private static final Pattern COUNT_PATTERN = Pattern.compile("\\d{1,7}");
    private static final Set<FacilityColumn> REQUIRED = Set.of(VILLAGE_CODE, TYPE, COUNT);

    private final Facilities facilities;
    private final Dictionaries dictionaries;
    private final MessageSource messages;

    FacilityImport(Facilities facilities, Dictionaries dictionaries, MessageSource messages) {
        this.facilities = facilities;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    /** A checked row and the row number it came from. */
    private record Staged(int row, VillageFacility facility) {}

    ImportReport run(Path file, int year, boolean dryRun, Locale locale) throws Exception {
        Issues issues = new Issues(messages, "facilities", locale);
        if (year < 2000 || year > 2100) {
            issues.add(Finding.error(1, YEAR, String.valueOf(year), "OUT_OF_RANGE", 2000, 2100));
            return issues.report(dryRun, 0, 0);
        }
        CodeLists lists = dictionaries.forYear(year);
        String defaultSource = "IMPORT:" + file.getFileName();
        List<Staged> staged = new ArrayList<>();
        int rows = SmallTableImport.read(file, FacilityColumn.class, REQUIRED::contains, issues, (row, cells) -> {
            Staged checked = check(row, cells, year, lists, defaultSource, issues);
            if (checked != null) staged.add(checked);
        });
        if (rows < 0) return issues.report(dryRun, 0, 0);
        checkAcrossFile(staged, year, issues);
        if (!issues.hasErrors() && !dryRun) {
            facilities.replace(year, staged.stream().map(Staged::facility).toList(), defaultSource, "import");
        }
        return issues.report(dryRun, rows, 0);
    }

    private Staged check(int row, Map<FacilityColumn, String> cells, int year, CodeLists lists, String defaultSource,
                         Issues issues) {
        int before = issues.errorCount();
        String fileYear = cells.getOrDefault(YEAR, "");
        if (!fileYear.isEmpty() && !fileYear.equals(String.valueOf(year))) {
            issues.add(Finding.error(row, YEAR, fileYear, "FACILITY_YEAR_DIFFERS", String.valueOf(year)));
        }
        String village = cells.get(VILLAGE_CODE);
        RegionCode.Parsed code = RegionCode.parse(village);
        if (village.length() != 12 || !code.isValid() || code.code().level() != RegionLevel.VILLAGE) {
            issues.add(Finding.error(row, VILLAGE_CODE, village, "NOT_A_VILLAGE_CODE"));
        }
        CodeList.Entry type = entry(row, TYPE, cells.get(TYPE), lists.get(Facilities.TYPES), true, issues);
        Integer count = count(row, COUNT, cells.get(COUNT), true, issues);
        CodeList.Entry standard = entry(row, MEETS_STANDARD, cells.getOrDefault(MEETS_STANDARD, ""),
                lists.get(CodeLists.YES_NO), false, issues);
        Integer households = count(row, HOUSEHOLDS_COVERED, cells.getOrDefault(HOUSEHOLDS_COVERED, ""), false, issues);
        if (count != null && count == 0 && households != null && households > 0) {
            issues.add(Finding.error(row, HOUSEHOLDS_COVERED, cells.get(HOUSEHOLDS_COVERED),
                    "FACILITY_HOUSEHOLDS_WITHOUT_FACILITY"));
        }
        if (issues.errorCount() > before) return null;
        String source = cells.getOrDefault(SOURCE, "");
        return new Staged(row, new VillageFacility(year, code.code().value(), type.code(), count,
                standard == null ? null : standard.code().equals("1"), households,
                source.isEmpty() ? defaultSource : source));
    }

    private static CodeList.Entry entry(int row, FacilityColumn column, String value, CodeList list, boolean required,
                                        Issues issues) {
        if (value.isEmpty()) {
            if (required) issues.add(Finding.error(row, column, value, "REQUIRED"));
            return null;
        }
        var entry = list.byLabel(value);
        if (entry.isEmpty()) issues.add(Finding.error(row, column, value, "UNKNOWN_CODE"));
        return entry.orElse(null);
    }

    private static Integer count(int row, FacilityColumn column, String value, boolean required, Issues issues) {
        if (value.isEmpty()) {
            if (required) issues.add(Finding.error(row, column, value, "REQUIRED"));
            return null;
        }
        if (!COUNT_PATTERN.matcher(value).matches()) {
            issues.add(Finding.error(row, column, value, "NOT_A_COUNT"));
            return null;
        }
        return Integer.parseInt(value);
    }

    /** Repeated village and type, villages the system does not know, coverage above the village's households. */
    private void checkAcrossFile(List<Staged> staged, int year, Issues issues) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (Staged s : staged) {
            Integer earlier = firstRow.putIfAbsent(s.facility().villageCode() + "/" + s.facility().type(), s.row());
            if (earlier != null) {
                issues.add(Finding.error(s.row(), TYPE, s.facility().type(), "FACILITY_REPEATED", String.valueOf(earlier)));
            }
        }
        if (staged.isEmpty()) return;
        Map<String, Integer> known = facilities.knownVillages(year,
                staged.stream().map(s -> s.facility().villageCode()).distinct().toList());
        for (Staged s : staged) {
            VillageFacility f = s.facility();
            if (!known.containsKey(f.villageCode())) {
                issues.add(Finding.error(s.row(), VILLAGE_CODE, f.villageCode(), "VILLAGE_NOT_FOUND"));
                continue;
            }
            Integer households = known.get(f.villageCode());
            if (households != null && f.householdsCovered() != null && f.householdsCovered() > households) {
                issues.add(Finding.error(s.row(), HOUSEHOLDS_COVERED, String.valueOf(f.householdsCovered()),
                        "FACILITY_HOUSEHOLDS_ABOVE_VILLAGE", households));
            }
        }
    }
}
