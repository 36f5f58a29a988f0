package org.fupin.statistics;

import java.util.HashMap;
import java.util.Map;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Per-village sums of one year within a subtree (grain: village × year). Poverty status codes (domain.md §1.4.3):
 * '0' 未脱贫 and '3' 返贫 are currently poor, '1' 已脱贫 is exited, '3' is returned.
 */
@Repository
class StatisticsRepository {

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    Map<String, Tally> villageTallies(RegionCode root, int year) {
        Map<String, Tally> tallies = new HashMap<>();
        jdbc.sql("""
                select village_code,
                       count(*) as households,
                       sum(member_count) as persons,
                       count(*) filter (where poverty_status in ('0', '3')) as poor_households,
                       coalesce(sum(member_count) filter (where poverty_status in ('0', '3')), 0) as poor_persons,
                       count(*) filter (where poverty_status = '1') as exited_households,
                       coalesce(sum(member_count) filter (where poverty_status = '1'), 0) as exited_persons,
                       count(*) filter (where poverty_status = '3') as returned_households,
                       sum(net_income) as net_income,
                       coalesce(sum(net_income) filter (where poverty_status in ('0', '3')), 0) as poor_net_income
                from household
                where year = :year and village_code between :lowest and :highest
                group by village_code
                """).params(range(root, year)).query(rs -> {
            Tally t = tallies.computeIfAbsent(rs.getString("village_code"), v -> new Tally());
            t.households = rs.getLong("households");
            t.persons = rs.getLong("persons");
            t.poorHouseholds = rs.getLong("poor_households");
            t.poorPersons = rs.getLong("poor_persons");
            t.exitedHouseholds = rs.getLong("exited_households");
            t.exitedPersons = rs.getLong("exited_persons");
            t.returnedHouseholds = rs.getLong("returned_households");
            t.netIncome = rs.getBigDecimal("net_income");
            t.poorNetIncome = rs.getBigDecimal("poor_net_income");
        });
        jdbc.sql("""
                select village_code, main_cause, count(*) from household
                where year = :year and village_code between :lowest and :highest and poverty_status in ('0', '3')
                group by village_code, main_cause
                """).params(range(root, year)).query(rs -> {
            tallies.computeIfAbsent(rs.getString(1), v -> new Tally()).poorByCause.put(rs.getString(2), rs.getLong(3));
        });
        jdbc.sql("""
                select village_code, sum(population) from village_fact
                where year = :year and village_code between :lowest and :highest
                group by village_code
                """).params(range(root, year)).query(rs -> {
            tallies.computeIfAbsent(rs.getString(1), v -> new Tally()).ruralPopulation = rs.getLong(2);
        });
        return tallies;
    }

    private static Map<String, Object> range(RegionCode root, int year) {
        return Map.of("year", year, "lowest", root.lowestDescendant(), "highest", root.highestDescendant());
    }
}
