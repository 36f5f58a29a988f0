package org.fupin.imports;

import static org.fupin.household.domain.RegistryColumn.ID_NUMBER;
import static org.fupin.household.domain.RegistryColumn.VILLAGE_CODE;

import java.util.ArrayList;
import java.util.List;
import org.fupin.household.domain.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staged rows of a registry import and the checks that need the whole file or the stored registry. */
@Component
class RegistryChecks {

    static final String COPY_ROWS = """
            copy stage_row (row_no, year, household_number, village_code, citizen_number, cells)
            from stdin (format csv)
            """;

    static final String ROWS_BY_HOUSEHOLD = """
            select row_no, year, household_number, cells from stage_row
            where year is not null and household_number is not null
            order by year, household_number, row_no
            """;

    private final JdbcClient jdbc;

    RegistryChecks(JdbcClient jdbc) { this.jdbc = jdbc; }

    void createStaging() {
        jdbc.sql("""
                create temporary table stage_row (
                    row_no int primary key, year int, household_number text, village_code text collate "C",
                    citizen_number text, cells text[]
                ) on commit drop
                """).update();
    }

    List<Finding> acrossFile() {
        List<Finding> findings = new ArrayList<>();
        jdbc.sql("""
                select s.row_no, s.village_code from stage_row s
                where s.village_code is not null
                  and not exists (select 1 from region r where r.code = s.village_code and r.level = 'VILLAGE')
                """).query(rs -> {
            findings.add(Finding.error(rs.getInt(1), VILLAGE_CODE, rs.getString(2), "VILLAGE_NOT_FOUND"));
        });
        jdbc.sql("""
                select s.row_no, s.cells[5], string_agg(o.row_no::text, ', ' order by o.row_no) as others
                from stage_row s join stage_row o
                  on o.citizen_number = s.citizen_number and o.year = s.year and o.row_no <> s.row_no
                group by s.row_no, s.cells[5]
                """).query(rs -> {
            findings.add(Finding.error(rs.getInt(1), ID_NUMBER, rs.getString(2), "ID_REPEATED_IN_FILE", rs.getString(3)));
        });
        jdbc.sql("""
                select s.row_no, s.cells[5], h.household_number
                from stage_row s
                join person p on p.citizen_number = s.citizen_number and p.year = s.year
                join household h on h.id = p.household_id
                where not exists (select 1 from stage_row o
                                  where o.year = h.year and o.household_number = h.household_number
                                    and left(o.village_code, 6) = h.county_code)
                """).query(rs -> {
            findings.add(Finding.error(rs.getInt(1), ID_NUMBER, rs.getString(2), "ID_REGISTERED_IN_OTHER_HOUSEHOLD",
                    rs.getString(3)));
        });
        return findings;
    }
}
