package org.fupin.imports;

import static org.fupin.imports.VillageFactColumn.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.RegistryChanged;
import org.fupin.household.domain.Finding;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionLevel;
import org.fupin.system.CopyRows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Imports a 村级基本情况表: per year and village, households, registered rural population and village class. */
@Component
record VillageFactImport(DataSource dataSource, JdbcClient jdbc, Dictionaries dictionaries, MessageSource messages,
                         ApplicationEventPublisher events) {

    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    ImportReport run(Path file, boolean dryRun, Locale locale, BatchRecorder batches) throws Exception {
        Issues issues = new Issues(messages, "village", locale);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        dictionaries.preload();
        jdbc.sql("""
                create temporary table stage_fact (row_no int, year int, village_code text collate "C",
                    households int, population int, village_class text) on commit drop
                """).update();
        int rows;
        try (CopyRows copy = new CopyRows(connection, """
                copy stage_fact (row_no, year, village_code, households, population, village_class)
                from stdin (format csv)
                """)) {
            rows = SmallTableImport.read(file, VillageFactColumn.class, c -> true, issues, (row, cells) -> {
                Integer year = count(row, cells, YEAR, issues);
                if (year != null && (year < 2013 || year > 2100)) {
                    issues.add(Finding.error(row, YEAR, cells.get(YEAR), "OUT_OF_RANGE", 2013, 2100));
                    year = null;
                }
                RegionCode.Parsed code = RegionCode.parse(cells.get(VILLAGE_CODE));
                boolean village = cells.get(VILLAGE_CODE).length() == 12 && code.isValid()
                        && code.code().level() == RegionLevel.VILLAGE;
                if (!village) issues.add(Finding.error(row, VILLAGE_CODE, cells.get(VILLAGE_CODE), "NOT_A_VILLAGE_CODE"));
                Integer households = count(row, cells, HOUSEHOLDS, issues);
                Integer population = count(row, cells, POPULATION, issues);
                String villageClass = villageClass(row, cells, year, issues);
                if (year != null && village && households != null && population != null && villageClass != null) {
                    copy.row(row, year, code.code().value(), households, population, villageClass);
                }
            });
        }
        if (rows < 0) return issues.report(dryRun, 0, 0);
        checkAcrossFile(issues);
        if (!issues.hasErrors() && !dryRun) {
            batches.record("VILLAGE_FACTS", file, rows);
            jdbc.sql("""
                    insert into village_fact (county_code, year, village_code, households, population, village_class)
                    select left(village_code, 6), year, village_code, households, population, village_class
                    from stage_fact
                    on conflict (county_code, year, village_code) do update set households = excluded.households,
                        population = excluded.population, village_class = excluded.village_class
                    """).update();
            publishChange();
        }
        return issues.report(dryRun, rows, 0);
    }

    /** The rural populations are part of the aggregates: recount the imported village-years in this transaction. */
    private void publishChange() {
        List<Integer> years = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        jdbc.sql("select distinct year, village_code from stage_fact").query(rs -> {
            years.add(rs.getInt(1));
            villages.add(rs.getString(2));
        });
        events.publishEvent(new RegistryChanged(years, villages));
    }

    private static Integer count(int row, Map<VillageFactColumn, String> cells, VillageFactColumn column, Issues issues) {
        String value = cells.get(column);
        if (value.isEmpty()) {
            issues.add(Finding.error(row, column, value, "REQUIRED"));
            return null;
        }
        if (!COUNT.matcher(value).matches()) {
            issues.add(Finding.error(row, column, value, "NOT_A_COUNT"));
            return null;
        }
        return Integer.parseInt(value);
    }

    private String villageClass(int row, Map<VillageFactColumn, String> cells, Integer year, Issues issues) {
        String value = cells.get(VILLAGE_CLASS);
        if (value.isEmpty()) {
            issues.add(Finding.error(row, VILLAGE_CLASS, value, "REQUIRED"));
            return null;
        }
        var entry = dictionaries.forYear(year == null ? 2013 : year).get(CodeLists.VILLAGE_CLASS).byLabel(value);
        if (entry.isEmpty()) issues.add(Finding.error(row, VILLAGE_CLASS, value, "UNKNOWN_CODE"));
        return entry.map(e -> e.code()).orElse(null);
    }

    private void checkAcrossFile(Issues issues) {
        jdbc.sql("""
                select s.row_no, s.village_code from stage_fact s
                where not exists (select 1 from region r where r.code = s.village_code and r.level = 'VILLAGE')
                """).query(rs -> {
            issues.add(Finding.error(rs.getInt(1), VILLAGE_CODE, rs.getString(2), "VILLAGE_NOT_FOUND"));
        });
        jdbc.sql("""
                select s.row_no, s.village_code, string_agg(o.row_no::text, ', ' order by o.row_no)
                from stage_fact s join stage_fact o
                  on o.year = s.year and o.village_code = s.village_code and o.row_no <> s.row_no
                group by s.row_no, s.village_code
                """).query(rs -> {
            issues.add(Finding.error(rs.getInt(1), VILLAGE_CODE, rs.getString(2), "VILLAGE_FACT_REPEATED", rs.getString(3)));
        });
    }
}
