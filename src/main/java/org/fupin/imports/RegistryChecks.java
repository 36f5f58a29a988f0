package org.fupin.imports;

import static org.fupin.household.domain.RegistryColumn.ID_NUMBER;
import static org.fupin.household.domain.RegistryColumn.VILLAGE_CODE;

import java.util.List;
import java.util.function.Consumer;
import org.fupin.household.domain.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staged rows of a registry import and the checks that need the whole file or the stored registry. */
@Component
class RegistryChecks {

    static final String COPY_ROWS = """
            copy stage_row (row_no, year, household_number, village_code, citizen_number, id_cell, cells)
            from stdin (format csv)
            """;

    /** The rows of the households split across the file, by household as {@link HouseholdRuns.Key} orders them. */
    static final String ROWS_OF_SPLIT_HOUSEHOLDS = """
            select s.row_no, s.year, s.household_number, s.cells
            from stage_row s join stage_split k on k.year = s.year and k.household_number = s.household_number
            order by s.year, s.household_number collate "C", s.row_no
            """;

    /** At most this many other rows are named for a repeated ID number; a longer list ends with "…". */
    static final int OTHERS_LISTED = 5;
    /** Rows fetched at a time by the checks across the file. */
    static final int FETCH = 2000;

    private final JdbcClient jdbc;

    RegistryChecks(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Row numbers named in a message: not a sensitive value, never masked like the ID number beside them. */
    record RowNumbers(String text) {
        @Override public String toString() { return text; }
    }

    /** The other rows with the same number: up to {@link #OTHERS_LISTED}, and "…" when there are more. */
    static RowNumbers others(int row, Integer[] firstRows, long count) {
        List<String> others = java.util.Arrays.stream(firstRows).filter(r -> r != row).limit(OTHERS_LISTED)
                .map(String::valueOf).toList();
        return new RowNumbers(String.join(", ", others) + (count - 1 > others.size() ? " …" : ""));
    }

    void createStaging() {
        jdbc.sql("""
                create temporary table stage_row (
                    row_no int, year int, household_number text, village_code text collate "C",
                    citizen_number text, id_cell text, cells text
                ) on commit drop
                """).update();
    }

    /** The households to check from the row stage, in a table of their own (joined, not a list in the query). */
    void stageSplit(java.sql.Connection connection, List<HouseholdRuns.Key> keys) throws java.sql.SQLException {
        jdbc.sql("drop table if exists pg_temp.stage_split").update();
        jdbc.sql("create temporary table stage_split (year int, household_number text) on commit drop").update();
        try (org.fupin.system.CopyRows copy = new org.fupin.system.CopyRows(connection,
                "copy stage_split (year, household_number) from stdin (format csv)")) {
            for (HouseholdRuns.Key key : keys) copy.row(key.year(), key.number());
        }
        jdbc.sql("analyze pg_temp.stage_split").update();
    }

    /**
     * The checks that need the whole file, each finding handed to {@code findings} as its row arrives: rows are
     * fetched {@value #FETCH} at a time (the import runs in a transaction, so the driver uses a cursor), never the
     * whole result — a file of repeated ID numbers has a finding for every row (issue #23).
     */
    void acrossFile(Consumer<Finding> findings) {
        jdbc.sql("""
                select s.row_no, s.village_code from stage_row s
                where s.village_code is not null
                  and not exists (select 1 from region r where r.code = s.village_code and r.level = 'VILLAGE')
                """).withFetchSize(FETCH).query(rs -> {
            findings.accept(Finding.error(rs.getInt(1), VILLAGE_CODE, rs.getString(2), "VILLAGE_NOT_FOUND"));
        });
        // a household-year stays on the code valid in its year (ADR 0037): a merged or moved village's old code is refused
        jdbc.sql("""
                select s.row_no, s.village_code, s.year from stage_row s
                join region r on r.code = s.village_code and r.level = 'VILLAGE'
                where coalesce(r.valid_from, 0) > s.year or coalesce(r.valid_until, 9999) <= s.year
                """).withFetchSize(FETCH).query(rs -> {
            findings.accept(Finding.error(rs.getInt(1), VILLAGE_CODE, rs.getString(2), "VILLAGE_NOT_VALID_IN_YEAR",
                    rs.getInt(3)));
        });
        // one grouped pass (linear in the file, not a self-join): each repeated number's first rows and count
        jdbc.sql("""
                with repeated as (
                    select citizen_number, year, (array_agg(row_no order by row_no))[1 : :limit] as first_rows,
                           count(*) as n
                    from stage_row where citizen_number is not null
                    group by citizen_number, year having count(*) > 1)
                select s.row_no, s.id_cell, r.first_rows, r.n
                from stage_row s join repeated r on r.citizen_number = s.citizen_number and r.year = s.year
                """).param("limit", OTHERS_LISTED + 1).withFetchSize(FETCH).query(rs -> {
            int row = rs.getInt(1);
            Integer[] first = (Integer[]) rs.getArray(3).getArray();
            findings.accept(Finding.error(row, ID_NUMBER, rs.getString(2), "ID_REPEATED_IN_FILE",
                    others(row, first, rs.getLong(4))));
        });
        jdbc.sql("""
                select s.row_no, s.id_cell, h.household_number
                from stage_row s
                cross join lateral (select p.county_code, p.household_id from person p
                                    where p.citizen_number = s.citizen_number and p.year = s.year
                                    offset 0) p
                join household h on h.county_code = p.county_code and h.id = p.household_id
                where not exists (select 1 from stage_row o
                                  where o.year = h.year and o.household_number = h.household_number
                                    and left(o.village_code, 6) = h.county_code)
                """).withFetchSize(FETCH).query(rs -> {
            findings.accept(Finding.error(rs.getInt(1), ID_NUMBER, rs.getString(2), "ID_REGISTERED_IN_OTHER_HOUSEHOLD",
                    rs.getString(3)));
        });
    }
}
