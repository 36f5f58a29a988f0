package org.fupin.facilities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Village facility rows: replaced per village and year, read per region (set-based SQL). */
@Repository
class FacilityRepository {

    /** Per type: villages with it, meeting the standard, and households covered, among reported rural villages. */
    record TypeCount(String type, int villagesWith, int villagesMeetingStandard, long householdsCovered) {}

    private static final String RURAL = "(r.urban_rural_code is null or r.urban_rural_code like '2%')";

    private final JdbcClient jdbc;

    FacilityRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Removes the facility rows of these villages for the year and inserts the given ones, in one statement each. */
    void replace(int year, List<String> villages, List<VillageFacility> rows, String actor) {
        jdbc.sql("delete from village_facility where year = :year and village_code = any(:villages)")
                .param("year", year).param("villages", villages.toArray(new String[0])).update();
        jdbc.sql("""
                insert into village_facility (county_code, year, village_code, facility_type, facility_count,
                                              meets_standard, households_covered, source, updated_by)
                select left(v, 6), :year, v, t, c, s, h, src, :actor
                from unnest(:villages::text[], :types::text[], :counts::int[], :standard::boolean[], :households::int[],
                            :sources::text[]) as x(v, t, c, s, h, src)
                """).param("year", year).param("actor", actor)
                .param("villages", rows.stream().map(VillageFacility::villageCode).toArray(String[]::new))
                .param("types", rows.stream().map(VillageFacility::type).toArray(String[]::new))
                .param("counts", rows.stream().map(VillageFacility::count).toArray(Integer[]::new))
                .param("standard", rows.stream().map(VillageFacility::meetsStandard).toArray(Boolean[]::new))
                .param("households", rows.stream().map(VillageFacility::householdsCovered).toArray(Integer[]::new))
                .param("sources", rows.stream().map(VillageFacility::source).toArray(String[]::new))
                .update();
    }

    List<VillageFacility> rows(RegionCode region, int year) {
        return jdbc.sql("""
                select year, village_code, facility_type, facility_count, meets_standard, households_covered, source
                from village_facility where year = :year and village_code between :low and :high
                order by village_code, facility_type
                """).param("year", year).param("low", region.lowestDescendant()).param("high", region.highestDescendant())
                .query((rs, n) -> new VillageFacility(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        (Boolean) rs.getObject(5), (Integer) rs.getObject(6), rs.getString(7))).list();
    }

    List<Integer> years(RegionCode region) {
        return jdbc.sql("""
                select distinct year from village_facility where village_code between :low and :high order by year
                """).param("low", region.lowestDescendant()).param("high", region.highestDescendant())
                .query(Integer.class).list();
    }

    /** The rural villages of the region, in code order, each with whether it reported facilities for the year. */
    Map<Coverage.Village, Boolean> villages(RegionCode region, int year) {
        Map<Coverage.Village, Boolean> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select r.code, r.name, exists (select 1 from village_facility f where f.village_code = r.code
                                                 and f.year = :year)
                from region r where r.level = 'VILLAGE' and r.code between :low and :high and
                """ + RURAL + " order by r.code").param("year", year).param("low", region.lowestDescendant())
                .param("high", region.highestDescendant())
                .query(rs -> {
                    out.put(new Coverage.Village(rs.getString(1), rs.getString(2)), rs.getBoolean(3));
                });
        return out;
    }

    /** Per type, the reported rural villages that have it (count above zero), as village codes. */
    Map<String, List<String>> villagesWith(RegionCode region, int year) {
        Map<String, List<String>> out = new HashMap<>();
        jdbc.sql("""
                select f.facility_type, f.village_code from village_facility f join region r on r.code = f.village_code
                where f.year = :year and f.village_code between :low and :high and f.facility_count > 0 and
                """ + RURAL).param("year", year).param("low", region.lowestDescendant())
                .param("high", region.highestDescendant())
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    List<TypeCount> counts(RegionCode region, int year) {
        return jdbc.sql("""
                select f.facility_type, count(*) filter (where f.facility_count > 0),
                       count(*) filter (where f.facility_count > 0 and f.meets_standard),
                       coalesce(sum(f.households_covered), 0)
                from village_facility f join region r on r.code = f.village_code
                where f.year = :year and f.village_code between :low and :high and
                """ + RURAL + " group by f.facility_type").param("year", year).param("low", region.lowestDescendant())
                .param("high", region.highestDescendant())
                .query((rs, n) -> new TypeCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4))).list();
    }

    /** Village code → households of its village facts for the year (null when it has none), for the given codes. */
    Map<String, Integer> knownVillages(int year, List<String> codes) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("""
                select r.code, v.households from region r
                left join village_fact v on v.village_code = r.code and v.year = :year
                where r.level = 'VILLAGE' and r.code = any(:codes)
                """).param("year", year).param("codes", codes.toArray(new String[0])).query(rs -> {
            out.put(rs.getString(1), (Integer) rs.getObject(2));
        });
        return out;
    }
}
