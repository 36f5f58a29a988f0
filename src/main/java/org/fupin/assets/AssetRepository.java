package org.fupin.assets;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.region.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The asset tables (V91): one statement per question, named parameters only; row-level security by village. */
@Component
class AssetRepository {

    private final JdbcClient jdbc;

    AssetRepository(JdbcClient jdbc) { this.jdbc = jdbc; }

    long insert(Asset.New a, Long projectId, List<String> sources, LocalDate handedOverOn) {
        return jdbc.sql("""
                insert into asset (county_code, village_code, project_id, name, asset_type, quantity, unit, value,
                                   funding_sources, completed_on, handed_over_on, status_since)
                values (left(:village, 6), :village, :project, :name, :type, :quantity, :unit, :value,
                        :sources::text[], :completed, :handed, :completed) returning id
                """).param("village", a.villageCode()).param("project", projectId, java.sql.Types.BIGINT)
                .param("name", a.name().strip()).param("type", a.type().name()).param("quantity", a.quantity())
                .param("unit", a.unit().strip()).param("value", a.value().setScale(2))
                .param("sources", sources.toArray(new String[0])).param("completed", a.completedOn())
                .param("handed", handedOverOn, java.sql.Types.DATE).query(Long.class).single();
    }

    /** Overwrites an imported asset's fields with the file's (same village and name). */
    void update(long id, Asset.New a, List<String> sources, LocalDate handedOverOn) {
        jdbc.sql("""
                update asset set asset_type = :type, quantity = :quantity, unit = :unit, value = :value,
                       funding_sources = :sources::text[], completed_on = :completed, handed_over_on = :handed,
                       version = version + 1
                where id = :id
                """).param("type", a.type().name()).param("quantity", a.quantity()).param("unit", a.unit().strip())
                .param("value", a.value().setScale(2)).param("sources", sources.toArray(new String[0]))
                .param("completed", a.completedOn()).param("handed", handedOverOn, java.sql.Types.DATE)
                .param("id", id).update();
    }

    Optional<Asset> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(AssetRepository::map).optional();
    }

    Optional<Asset> findByName(String villageCode, String name) {
        return jdbc.sql(SELECT + " where a.village_code = :village and a.name = :name")
                .param("village", villageCode).param("name", name).query(AssetRepository::map).optional();
    }

    /** Every asset of the region (any level), by village and name. */
    List<Asset> inRegion(RegionCode region) {
        return jdbc.sql(SELECT + " where a.village_code between :low and :high order by a.village_code, a.name")
                .param("low", region.lowestDescendant()).param("high", region.highestDescendant())
                .query(AssetRepository::map).list();
    }

    List<Asset> ofProject(long projectId) {
        return jdbc.sql(SELECT + " where a.project_id = :project order by a.name").param("project", projectId)
                .query(AssetRepository::map).list();
    }

    /** Ids of the region's productive assets with an income recorded for the year. */
    List<Long> withIncome(RegionCode region, int year) {
        return jdbc.sql("""
                select asset_id from asset_income where year = :year and village_code between :low and :high
                """).param("year", year).param("low", region.lowestDescendant())
                .param("high", region.highestDescendant()).query(Long.class).list();
    }

    List<Integer> incomeYears(RegionCode region) {
        return jdbc.sql("select distinct year from asset_income where village_code between :low and :high")
                .param("low", region.lowestDescendant()).param("high", region.highestDescendant())
                .query(Integer.class).list();
    }

    /** Ids of the projects of the region that have at least one asset. */
    List<Long> projectsWithAssets(RegionCode region) {
        return jdbc.sql("""
                select distinct project_id from asset
                where project_id is not null and village_code between :low and :high
                """).param("low", region.lowestDescendant()).param("high", region.highestDescendant())
                .query(Long.class).list();
    }

    /** Sets owner and custodian; a different owner voids the notice and the confirmation (确权 again). */
    void setOwner(long id, OwnerKind owner, String ownerName, String custodian, LocalDate handedOverOn) {
        jdbc.sql("""
                update asset set owner_kind = :owner, owner_name = :name, custodian = :custodian,
                       handed_over_on = :handed, version = version + 1,
                       ownership_notice_id = case when owner_kind is distinct from :owner or owner_name is distinct from :name
                                                  then null else ownership_notice_id end,
                       ownership_confirmed_on = case when owner_kind is distinct from :owner
                                                     or owner_name is distinct from :name
                                                     then null else ownership_confirmed_on end
                where id = :id
                """).param("owner", owner == null ? null : owner.name()).param("name", ownerName)
                .param("custodian", custodian).param("handed", handedOverOn, java.sql.Types.DATE).param("id", id)
                .update();
    }

    void setCustodian(long id, String custodian) {
        jdbc.sql("update asset set custodian = :custodian, version = version + 1 where id = :id")
                .param("custodian", custodian).param("id", id).update();
    }

    void addCustody(Asset a, String custodian, LocalDate from, String note, String actor) {
        jdbc.sql("""
                insert into asset_custody (county_code, asset_id, village_code, custodian, from_date, note, recorded_by)
                values (left(:village, 6), :id, :village, :custodian, :from, :note, :actor)
                """).param("id", a.id()).param("village", a.villageCode()).param("custodian", custodian)
                .param("from", from).param("note", note == null ? "" : note.strip()).param("actor", actor).update();
    }

    List<Asset.Custody> custody(long id) {
        return jdbc.sql("""
                select custodian, from_date, note, recorded_by from asset_custody where asset_id = :id
                order by from_date, id
                """).param("id", id).query(Asset.Custody.class).list();
    }

    void setNotice(long id, long noticeId) {
        jdbc.sql("update asset set ownership_notice_id = :notice, version = version + 1 where id = :id")
                .param("notice", noticeId).param("id", id).update();
    }

    void confirm(long id, LocalDate on) {
        jdbc.sql("update asset set ownership_confirmed_on = :on, version = version + 1 where id = :id")
                .param("on", on).param("id", id).update();
    }

    void changeStatus(Asset a, AssetStatus to, LocalDate on, String reason, String actor) {
        jdbc.sql("update asset set status = :to, status_since = :on, version = version + 1 where id = :id")
                .param("to", to.name()).param("on", on).param("id", a.id()).update();
        jdbc.sql("""
                insert into asset_status_change (county_code, asset_id, village_code, from_status, to_status,
                    on_date, reason,
                                                 recorded_by)
                values (left(:village, 6), :id, :village, :from, :to, :on, :reason, :actor)
                """).param("id", a.id()).param("village", a.villageCode()).param("from", a.status().name())
                .param("to", to.name()).param("on", on).param("reason", reason == null ? "" : reason.strip())
                .param("actor", actor).update();
    }

    List<Asset.StatusChange> statusChanges(long id) {
        return jdbc.sql("""
                select from_status as "from", to_status as "to", on_date, reason, recorded_by
                from asset_status_change where asset_id = :id order by id
                """).param("id", id).query(Asset.StatusChange.class).list();
    }

    boolean incomeRecorded(long id, int year) {
        return jdbc.sql("select exists (select 1 from asset_income where asset_id = :id and year = :year)")
                .param("id", id).param("year", year).query(Boolean.class).single();
    }

    long insertIncome(Asset a, org.fupin.assets.domain.Distribution d, LocalDate on, String actor) {
        return jdbc.sql("""
                insert into asset_income (county_code, asset_id, village_code, year, income, to_households,
                    to_collective,
                                          reinvested, distributed_on, recorded_by)
                values (left(:village, 6), :id, :village, :year, :income, :households, :collective, :reinvested, :on,
                    :actor)
                returning id
                """).param("id", a.id()).param("village", a.villageCode()).param("year", d.year())
                .param("income", d.income()).param("households", d.toHouseholds())
                .param("collective", d.toCollective()).param("reinvested", d.reinvested()).param("on", on)
                .param("actor", actor).query(Long.class).single();
    }

    List<Asset.Income> incomes(long id) {
        return jdbc.sql("""
                select id, year, income, to_households, to_collective, reinvested, distributed_on
                from asset_income where asset_id = :id order by year desc
                """).param("id", id).query(Asset.Income.class).list();
    }

    /** The region's incomes of a year, summed: income, to households, to the collective, reinvested. */
    AssetSummary.Income incomeOfYear(RegionCode region, int year) {
        return jdbc.sql("""
                select coalesce(sum(income), 0) as income, coalesce(sum(to_households), 0) as to_households,
                       coalesce(sum(to_collective), 0) as to_collective, coalesce(sum(reinvested), 0) as reinvested
                from asset_income where year = :year and village_code between :low and :high
                """).param("year", year).param("low", region.lowestDescendant())
                .param("high", region.highestDescendant()).query(AssetSummary.Income.class).single();
    }

    /** The disposal request waiting for a decision: who asked. */
    Optional<String> disposalRequester(long id) {
        return jdbc.sql("""
                select recorded_by from asset_status_change where asset_id = :id and to_status = 'DISPOSAL_REQUESTED'
                order by id desc limit 1
                """).param("id", id).query(String.class).optional();
    }

    /** The codes among these that are villages the system knows. */
    List<String> knownVillages(List<String> codes) {
        return jdbc.sql("select code from region where level = 'VILLAGE' and code = any(:codes)")
                .param("codes", codes.toArray(new String[0])).query(String.class).list();
    }

    /** The villages among these that ended (merged or abolished), with the year from which they are no longer valid. */
    java.util.Map<String, Integer> endedVillages(List<String> codes) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        jdbc.sql("select code, valid_until from region where level = 'VILLAGE' and code = any(:codes) and valid_until is not null")
                .param("codes", codes.toArray(new String[0]))
                .query((rs, n) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }

    private static final String SELECT = """
            select a.*, r.name as village_name, p.name as project_name
            from asset a join region r on r.code = a.village_code left join project p on p.id = a.project_id
            """;

    private static Asset map(ResultSet rs, int n) throws SQLException {
        Array sources = rs.getArray("funding_sources");
        String owner = rs.getString("owner_kind");
        return new Asset(rs.getLong("id"), rs.getString("county_code"), rs.getString("village_code"),
                rs.getString("village_name"), (Long) rs.getObject("project_id"), rs.getString("project_name"),
                rs.getString("name"), AssetType.valueOf(rs.getString("asset_type")), rs.getBigDecimal("quantity"),
                rs.getString("unit"), rs.getBigDecimal("value"),
                sources == null ? List.of() : Arrays.asList((String[]) sources.getArray()),
                rs.getObject("completed_on", LocalDate.class), rs.getObject("handed_over_on", LocalDate.class),
                owner == null ? null : OwnerKind.valueOf(owner), rs.getString("owner_name"), rs.getString("custodian"),
                (Long) rs.getObject("ownership_notice_id"), rs.getObject("ownership_confirmed_on", LocalDate.class),
                AssetStatus.valueOf(rs.getString("status")), rs.getObject("status_since", LocalDate.class),
                rs.getInt("version"));
    }

    static BigDecimal zero() { return BigDecimal.ZERO.setScale(2); }
}
