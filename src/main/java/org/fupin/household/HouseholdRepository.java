package org.fupin.household;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupin.household.domain.IdNumber;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads household-years and members; every query is limited to a code range (the caller's scope). A household's
 * county code is the first six digits of its village code, so the range also bounds {@code county_code}, which
 * partitions household and person by province (ADR 0047, 0048): each query names that bound so that its plan reads
 * only the scope's province, and joins a member to its household by county and id (the composite foreign key).
 */
@Repository
class HouseholdRepository {

    record HouseholdRecord(Map<String, Object> columns, List<Map<String, Object>> members) {}

    private final JdbcClient jdbc;
    private final org.fupin.system.Secrets secrets;

    HouseholdRepository(JdbcClient jdbc, org.fupin.system.Secrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    List<Integer> years(String lowest, String highest) {
        return jdbc.sql("""
                select distinct year from household
                where village_code between :lowest and :highest
                  and county_code between left(:lowest, 6) and left(:highest, 6)
                order by year desc
                """).param("lowest", lowest).param("highest", highest).query(Integer.class).list();
    }

    /** The head's name, read only for the rows returned (after the limit), not for every row counted. */
    static final String LIST_COLUMNS = """
            select h.id, h.year, h.household_number, h.village_code,
                   (select head.name from person head where head.county_code = h.county_code
                      and head.county_code between left(:lowest, 6) and left(:highest, 6)
                      and head.household_id = h.id and head.position = 1) as head_name,
                   h.member_count, h.poverty_status, h.main_cause, h.net_income_per_capita
            """;

    static final String SEARCH_FILTER = """
            from household h
            where h.year = :year and h.village_code between :lowest and :highest
              and h.county_code between left(:lowest, 6) and left(:highest, 6)
              and (cast(:status as text) is null or h.poverty_status = :status
                   or (:status = 'POOR' and is_currently_poor(h.poverty_status)))
              and (cast(:cause as text) is null or h.main_cause = :cause)
              and (cast(:attribute as text) is null or h.attribute = :attribute)
              and (cast(:text as text) is null
                   or h.household_number like :text || '%'
                   or exists (select 1 from person p where p.county_code = h.county_code and p.household_id = h.id
                              and p.county_code between left(:lowest, 6) and left(:highest, 6)
                              and (p.name like '%' || :text || '%' or p.citizen_number = :citizenHash)))
            """;

    long searchCount(RegionCode region, HouseholdSearch search) {
        return jdbc.sql("select count(*) " + SEARCH_FILTER).params(searchParams(region, search))
                .query(Long.class).single();
    }

    List<Map<String, Object>> search(RegionCode region, HouseholdSearch search, int offset, int limit) {
        return jdbc.sql(LIST_COLUMNS + SEARCH_FILTER + """
                order by h.village_code, h.household_number
                offset :offset limit :limit
                """).params(searchParams(region, search)).param("offset", offset).param("limit", limit)
                .query().listOfRows();
    }

    /** Streams every household-year matching the search, in the search page's order (XLSX export), without paging. */
    void forEachMatching(RegionCode region, HouseholdSearch search, java.util.function.Consumer<Map<String, Object>> sink) {
        jdbc.sql(LIST_COLUMNS + SEARCH_FILTER + """
                order by h.village_code, h.household_number
                """).params(searchParams(region, search)).query((RowCallbackHandler) rs -> sink.accept(row(rs)));
    }

    private Map<String, Object> searchParams(RegionCode region, HouseholdSearch search) {
        Map<String, Object> params = new java.util.HashMap<>(range(region, search.year()));
        params.put("status", search.povertyStatus());
        params.put("cause", search.mainCause());
        params.put("attribute", search.attribute());
        params.put("text", search.text() == null ? null : search.text().replace("%", "").replace("_", ""));
        params.put("citizenHash", search.text() == null || search.text().length() < 18 ? null
                : secrets.lookupHash(search.text().substring(0, 18).toUpperCase(java.util.Locale.ROOT)));
        return params;
    }

    /** The same household (county and 户编号) in every year, newest first. */
    List<Map<String, Object>> history(long id, String lowest, String highest) {
        return jdbc.sql("""
                select o.id, o.year, o.poverty_status, o.member_count, o.net_income_per_capita, o.transfer_items
                from household h join household o
                  on o.county_code = h.county_code and o.household_number = h.household_number
                where h.id = :id and h.county_code between left(:lowest, 6) and left(:highest, 6)
                  and o.village_code between :lowest and :highest
                  and o.county_code between left(:lowest, 6) and left(:highest, 6)
                order by o.year desc
                """).param("id", id).param("lowest", lowest).param("highest", highest).query().listOfRows();
    }

    Optional<HouseholdRecord> find(long id, String lowest, String highest) {
        Optional<Map<String, Object>> household = jdbc.sql("""
                select * from household where id = :id and village_code between :lowest and :highest
                  and county_code between left(:lowest, 6) and left(:highest, 6)
                """).param("id", id).param("lowest", lowest).param("highest", highest).query((rs, n) -> row(rs)).optional();
        // the household's county names the members' partition (ADR 0047)
        return household.map(h -> new HouseholdRecord(h, jdbc.sql("""
                select * from person where county_code = :county and household_id = :id order by position
                """).param("county", h.get("county_code")).param("id", id).query((rs, n) -> row(rs)).list()));
    }

    /** Each member's birth date by position, from the decrypted ID number (the registry stores only the month). */
    Map<Integer, java.time.LocalDate> birthDates(long id, String lowest, String highest) {
        Map<Integer, java.time.LocalDate> out = new java.util.TreeMap<>();
        jdbc.sql("""
                select p.position, p.id_number from person p
                join household h on h.county_code = p.county_code and h.id = p.household_id
                where h.id = :id and h.village_code between :lowest and :highest
                  and h.county_code between left(:lowest, 6) and left(:highest, 6)
                  and p.county_code between left(:lowest, 6) and left(:highest, 6)
                """).param("id", id).param("lowest", lowest).param("highest", highest)
                .query((RowCallbackHandler) rs -> out.put(rs.getInt(1),
                        new IdNumber(secrets.decrypt(rs.getString(2))).birthDate()));
        return out;
    }

    /** Every household-year of the region with its members, in two queries (village register). */
    List<HouseholdRecord> all(RegionCode region, int year) {
        List<Map<String, Object>> households = jdbc.sql("""
                select * from household
                where year = :year and village_code between :lowest and :highest
                  and county_code between left(:lowest, 6) and left(:highest, 6)
                order by village_code, household_number
                """).params(range(region, year)).query((rs, n) -> row(rs)).list();
        Map<Long, List<Map<String, Object>>> members = new java.util.HashMap<>();
        jdbc.sql("""
                select p.* from person p
                join household h on h.county_code = p.county_code and h.id = p.household_id
                where h.year = :year and h.village_code between :lowest and :highest
                  and h.county_code between left(:lowest, 6) and left(:highest, 6)
                  and p.county_code between left(:lowest, 6) and left(:highest, 6)
                order by p.household_id, p.position
                """).params(range(region, year)).query((RowCallbackHandler) rs -> members
                        .computeIfAbsent(rs.getLong("household_id"), k -> new ArrayList<>()).add(row(rs)));
        return households.stream().map(h -> new HouseholdRecord(h,
                members.getOrDefault(((Number) h.get("id")).longValue(), List.of()))).toList();
    }

    /** Streams the list columns of every household-year of the region (XLSX export), without paging. */
    /** The household ids of a region-year in household-number order. */
    List<Long> ids(RegionCode region, int year) {
        return jdbc.sql("""
                select id from household where year = :year and village_code between :lowest and :highest
                  and county_code between left(:lowest, 6) and left(:highest, 6)
                order by village_code, household_number
                """).params(range(region, year)).query(Long.class).list();
    }

    void forEach(RegionCode region, int year, java.util.function.Consumer<Map<String, Object>> sink) {
        jdbc.sql("""
                select h.id, h.year, h.household_number, h.village_code, p.name as head_name, h.member_count,
                       h.poverty_status, h.main_cause, h.net_income_per_capita
                from household h
                join person p on p.county_code = h.county_code and p.household_id = h.id and p.position = 1
                where h.year = :year and h.village_code between :lowest and :highest
                  and h.county_code between left(:lowest, 6) and left(:highest, 6)
                  and p.county_code between left(:lowest, 6) and left(:highest, 6)
                order by h.village_code, h.household_number
                """).params(range(region, year)).query((RowCallbackHandler) rs -> sink.accept(row(rs)));
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof Array array) value = Arrays.asList((Object[]) array.getArray());
            out.put(rs.getMetaData().getColumnLabel(i), value);
        }
        return out;
    }

    private static Map<String, Object> range(RegionCode region, int year) {
        return Map.of("year", year, "lowest", region.lowestDescendant(), "highest", region.highestDescendant());
    }
}
