package org.fupin.statistics;

import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed from one yearly snapshot to the next (domain.md §7.2), inferred by comparing the household-years of
 * a region (same county and 户编号) and their members (same ID number): households newly registered, no longer
 * registered, exited (已脱贫 now, not before), returned (返贫 now, not before); persons added and removed.
 */
@Service
public class Flows {

    /** The flows into {@code year} from the year before. */
    public record YearFlows(String region, int year, long newHouseholds, long removedHouseholds, long exitedHouseholds,
                            long returnedHouseholds, long addedPersons, long removedPersons) {}

    private final JdbcClient jdbc;

    Flows(JdbcClient jdbc) { this.jdbc = jdbc; }

    @Transactional(readOnly = true)
    public YearFlows between(RegionScope scope, String code, int year) {
        RegionCode region = scope.require(code);
        return jdbc.sql("""
                with now as (select * from household where year = :year and village_code between :lowest and :highest),
                     before as (select * from household where year = :year - 1 and village_code between :lowest and :highest),
                     pnow as (select citizen_number from person where year = :year and village_code between :lowest and :highest),
                     pbefore as (select citizen_number from person where year = :year - 1 and village_code between :lowest and :highest)
                select
                  (select count(*) from now n where not exists (select 1 from before b
                      where b.county_code = n.county_code and b.household_number = n.household_number)) as new_households,
                  (select count(*) from before b where not exists (select 1 from now n
                      where n.county_code = b.county_code and n.household_number = b.household_number)) as removed_households,
                  (select count(*) from now n join before b
                      on b.county_code = n.county_code and b.household_number = n.household_number
                      where n.poverty_status = '1' and b.poverty_status <> '1') as exited_households,
                  (select count(*) from now n join before b
                      on b.county_code = n.county_code and b.household_number = n.household_number
                      where n.poverty_status = '3' and b.poverty_status <> '3') as returned_households,
                  (select count(*) from pnow n where not exists (select 1 from pbefore b where b.citizen_number = n.citizen_number)) as added_persons,
                  (select count(*) from pbefore b where not exists (select 1 from pnow n where n.citizen_number = b.citizen_number)) as removed_persons
                """).param("year", year).param("lowest", region.lowestDescendant()).param("highest", region.highestDescendant())
                .query((rs, n) -> new YearFlows(region.value(), year, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6))).single();
    }
}
