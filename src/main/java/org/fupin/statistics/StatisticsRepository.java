package org.fupin.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the maintained aggregates (table {@code region_tally}, grain: region × year × dimension × value, every level
 * from village to province; ADR 0019). Poverty status codes (domain.md §1.4.3): '0' 未脱贫 and '3' 返贫 are
 * currently poor, '1' 已脱贫 is exited, '3' is returned.
 */
@Repository
class StatisticsRepository {

    /** Person-level dimensions count persons only. */
    static final List<String> PERSON_DIMENSIONS = List.of("LABOUR_SKILL", "WORK_STATUS", "EDUCATION", "SCHOOLING",
            "ETHNICITY", "SEX", "AGE_BAND", "HEALTH");

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** The headline sums of the region (and, when asked, of every region below it), by region code. */
    Map<String, Tally> tallies(RegionCode root, int year, boolean withDescendants) {
        Map<String, Tally> tallies = new HashMap<>();
        jdbc.sql("""
                select region_code, dimension, code, households, persons, net_income from region_tally
                where year = :year and dimension in ('TOTAL', 'POVERTY_STATUS', 'POOR_CAUSE', 'RURAL_POPULATION')
                  and (region_code = :root or (:descendants and region_code between :lowest and :highest))
                """).params(range(root, year)).param("root", root.value()).param("descendants", withDescendants)
                .query(rs -> { add(tallies.computeIfAbsent(rs.getString(1), v -> new Tally()), rs); });
        return tallies;
    }

    /** The headline sums of one region for every year it has records, by year. */
    Map<Integer, Tally> talliesByYear(RegionCode region) {
        Map<Integer, Tally> tallies = new java.util.TreeMap<>();
        jdbc.sql("""
                select year, dimension, code, households, persons, net_income from region_tally
                where region_code = :region and dimension in ('TOTAL', 'POVERTY_STATUS', 'POOR_CAUSE', 'RURAL_POPULATION')
                """).param("region", region.value())
                .query(rs -> { add(tallies.computeIfAbsent(rs.getInt(1), y -> new Tally()), rs); });
        tallies.values().removeIf(t -> t.households == 0);
        return tallies;
    }

    /** Adds one row (key, dimension, code, households, persons, net income) of the headline dimensions. */
    private static void add(Tally t, java.sql.ResultSet rs) throws java.sql.SQLException {
        add(t, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6));
    }

    private static void add(Tally t, String dimension, String code, long households, long persons, BigDecimal income) {
        switch (dimension) {
            case "TOTAL" -> {
                t.households += households;
                t.persons += persons;
                t.netIncome = t.netIncome.add(income);
            }
            case "POVERTY_STATUS" -> {
                if (code.equals("0") || code.equals("3")) {
                    t.poorHouseholds += households;
                    t.poorPersons += persons;
                    t.poorNetIncome = t.poorNetIncome.add(income);
                }
                if (code.equals("1")) {
                    t.exitedHouseholds += households;
                    t.exitedPersons += persons;
                }
                if (code.equals("3")) t.returnedHouseholds += households;
            }
            case "RURAL_POPULATION" -> t.ruralPopulation += persons;
            default -> { if (households != 0) t.poorByCause.merge(code, households, Long::sum); }
        }
    }

    /** The headline sums of the given regions (a region and its children). */
    Map<String, Tally> tallies(List<String> codes, int year) {
        Map<String, Tally> tallies = new HashMap<>();
        jdbc.sql("""
                select region_code, dimension, code, households, persons, net_income from region_tally
                where year = :year and region_code in (:codes) and dimension in ('TOTAL', 'POVERTY_STATUS', 'POOR_CAUSE', 'RURAL_POPULATION')
                """).param("year", year).param("codes", codes)
                .query(rs -> { add(tallies.computeIfAbsent(rs.getString(1), v -> new Tally()), rs); });
        return tallies;
    }

    /** Years with registry records within a code range, newest first: read from the range's topmost regions. */
    List<Integer> years(String lowest, String highest) {
        return jdbc.sql("""
                select distinct t.year from region r
                join region_tally t on t.region_code = r.code and t.dimension = 'TOTAL' and t.households > 0
                where r.code between :lowest and :highest
                  and (r.parent_code is null or r.parent_code not between :lowest and :highest)
                order by t.year desc
                """).param("lowest", lowest).param("highest", highest).query(Integer.class).list();
    }

    /** Every dimension but the headline ones, for one region: (dimension, code, households, persons). */
    List<CompositionRow> composition(RegionCode region, int year) {
        return jdbc.sql("""
                select dimension, code, households, persons from region_tally
                where year = :year and region_code = :region and dimension not in ('TOTAL', 'POOR_CAUSE', 'RURAL_POPULATION')
                  and (households <> 0 or persons <> 0)
                """).param("year", year).param("region", region.value())
                .query((rs, n) -> new CompositionRow(rs.getString(1), rs.getString(2),
                        PERSON_DIMENSIONS.contains(rs.getString(1)) ? null : rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** households is null for person-level dimensions. */
    record CompositionRow(String dimension, String code, Long households, long persons) {}

    private static Map<String, Object> range(RegionCode root, int year) {
        return Map.of("year", year, "lowest", root.lowestDescendant(), "highest", root.highestDescendant());
    }
}
