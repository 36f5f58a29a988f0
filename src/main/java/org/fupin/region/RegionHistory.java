package org.fupin.region;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How regions followed one another (ADR 0037): a region merged into another, moved to another parent under a new
 * code, or given a re-issued code is that region's predecessor up to the change year. A series across the change
 * sums a region with its predecessors; a household-year carried into a later year takes the successor's code.
 */
@Service
public class RegionHistory {

    /** The changes that make one region the predecessor of another (a split or a new region does not). */
    static final String SUCCESSION = "kind in ('MERGE', 'MOVE', 'RENAME') and old_code <> new_code";

    /** A region counted into another before {@code untilYear} (its figures up to that year belong to it). */
    public record Predecessor(String code, String name, int untilYear, String kind) {}

    private final JdbcClient jdbc;

    RegionHistory(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Every region that became this one, directly or through others, with the year it stopped being separate. */
    public List<Predecessor> predecessors(RegionScope scope, String code) {
        RegionCode region = scope.require(code);
        return jdbc.sql("""
                with recursive before (code, until_year, kind, depth) as (
                    select old_code, year, kind, 1 from region_change
                    where new_code = :code and %s
                    union
                    select c.old_code, c.year, c.kind, b.depth + 1 from region_change c
                    join before b on c.new_code = b.code and c.year <= b.until_year
                    where c.%s and b.depth < 50
                )
                select b.code, r.name, min(b.until_year) as until_year, min(b.kind) as kind
                from before b join region r on r.code = b.code
                group by b.code, r.name order by 3, 1
                """.formatted(SUCCESSION, SUCCESSION.replace("and old_code", "and c.old_code")))
                .param("code", region.value())
                .query((rs, n) -> new Predecessor(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    /** The years in which the tree changed, newest first (a year choice offers them beside the registry's years). */
    public List<Integer> changeYears() {
        return jdbc.sql("select distinct year from region_change order by year desc").query(Integer.class).list();
    }

    /** The code that {@code code} became by the year (itself when nothing changed it). */
    public String successor(String code, int year) {
        String current = code;
        for (int i = 0; i < 50; i++) {
            String next = jdbc.sql("select new_code from region_change where old_code = :code and year <= :year and "
                            + SUCCESSION + " order by year, id limit 1")
                    .param("code", current).param("year", year).query(String.class).optional().orElse(null);
            if (next == null) return current;
            current = next;
        }
        return current;
    }
}
