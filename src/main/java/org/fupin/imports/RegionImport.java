package org.fupin.imports;

import static org.fupin.imports.RegionColumn.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.fupin.dictionary.Dictionaries;
import org.fupin.dictionary.CodeLists;
import org.fupin.household.domain.Finding;
import org.fupin.region.RegionCode;
import org.fupin.system.CopyRows;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Imports a 行政区划表: codes (6 digits padded, or 12), names and 城乡分类代码. Level and parent follow from the
 * code; the parent must come earlier in the file or be stored already. Existing regions are updated in place.
 */
@Component
record RegionImport(DataSource dataSource, JdbcClient jdbc, Dictionaries dictionaries, MessageSource messages) {

    ImportReport run(Path file, boolean dryRun, Locale locale, BatchRecorder batches) throws Exception {
        Issues issues = new Issues(messages, "region", locale);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        dictionaries.preload();
        jdbc.sql("""
                create temporary table stage_region (row_no int, code text collate "C", name text, level text,
                    parent_code text collate "C", urban_rural_code text) on commit drop
                """).update();
        var urbanRural = dictionaries.forYear(2013).get(CodeLists.URBAN_RURAL);
        int rows;
        try (CopyRows copy = new CopyRows(connection, """
                copy stage_region (row_no, code, name, level, parent_code, urban_rural_code) from stdin (format csv)
                """)) {
            rows = SmallTableImport.read(file, RegionColumn.class, c -> c != URBAN_RURAL_CODE, issues, (row, cells) -> {
                RegionCode.Parsed code = RegionCode.parse(cells.get(CODE));
                if (!code.isValid()) issues.add(Finding.error(row, CODE, cells.get(CODE), "REGION_CODE_INVALID"));
                String name = cells.get(NAME);
                if (name.isEmpty()) issues.add(Finding.error(row, NAME, name, "REQUIRED"));
                else if (name.length() > 60) issues.add(Finding.error(row, NAME, name, "TOO_LONG", 60));
                String urban = cells.getOrDefault(URBAN_RURAL_CODE, "");
                if (!urban.isEmpty() && urbanRural.label(urban).isEmpty()) {
                    issues.add(Finding.error(row, URBAN_RURAL_CODE, urban, "UNKNOWN_CODE"));
                }
                if (code.isValid()) {
                    RegionCode c = code.code();
                    copy.row(row, c.value(), name, c.level().name(), c.parent().map(RegionCode::value).orElse(null),
                            urban.isEmpty() ? null : urban);
                }
            });
        }
        if (rows < 0) return issues.report(dryRun, 0, 0);
        issues.addAll(checkTree());
        if (!issues.hasErrors() && !dryRun) {
            batches.record("REGIONS", file, rows);
            jdbc.sql("""
                    insert into region (code, name, level, parent_code, urban_rural_code)
                    select code, name, level, parent_code, urban_rural_code from stage_region order by code
                    on conflict (code) do update set name = excluded.name, urban_rural_code = excluded.urban_rural_code
                    """).update();
        }
        return issues.report(dryRun, rows, 0);
    }

    private List<Finding> checkTree() {
        List<Finding> findings = new java.util.ArrayList<>();
        jdbc.sql("""
                select s.row_no, s.code, string_agg(o.row_no::text, ', ' order by o.row_no)
                from stage_region s join stage_region o on o.code = s.code and o.row_no <> s.row_no
                group by s.row_no, s.code
                """).query(rs -> {
            findings.add(Finding.error(rs.getInt(1), CODE, rs.getString(2), "REGION_CODE_REPEATED", rs.getString(3)));
        });
        jdbc.sql("""
                select s.row_no, s.code, s.parent_code from stage_region s
                where s.parent_code is not null
                  and not exists (select 1 from stage_region p where p.code = s.parent_code and p.row_no < s.row_no)
                  and not exists (select 1 from region r where r.code = s.parent_code)
                """).query(rs -> {
            findings.add(Finding.error(rs.getInt(1), CODE, rs.getString(2), "REGION_PARENT_MISSING", rs.getString(3)));
        });
        return findings;
    }
}
