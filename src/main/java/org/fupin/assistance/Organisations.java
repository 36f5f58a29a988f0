package org.fupin.assistance;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fupin.kernel.Reason;
import org.fupin.audit.AuditLog;
import org.fupin.household.HouseholdDetail;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.fupin.system.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Helping units (帮扶单位), their cadres (帮扶责任人, phone encrypted at rest and shown masked), the villages a unit
 * helps (联村) and the leaders assigned to a village. A user sees the units and cadres that belong to or work in
 * their region, by the database functions {@code unit_shown_in} and {@code cadre_works_in} (ADR 0032); a cadre or
 * unit outside it is "unknown" to every change too. The village links are filtered by scope like the registry.
 */
@Service
public class Organisations {

    public record Unit(long id, String name, UnitLevel level, String regionCode) {}

    public record Cadre(long id, long unitId, String unitName, String name, String post, String phoneMasked,
                        List<CadreFlag> flags) {}

    public record NewCadre(long unitId, String name, String post, String phone, List<CadreFlag> flags) {}

    private final JdbcClient jdbc;
    private final Secrets secrets;
    private final AuditLog audit;

    Organisations(JdbcClient jdbc, Secrets secrets, AuditLog audit) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.audit = audit;
    }

    @Transactional
    public Outcome addUnit(RegionScope scope, String name, UnitLevel level, String regionCode) {
        RegionCode region = scope.require(regionCode);
        if (name == null || name.isBlank()) return Outcome.refused(Reason.of("UNIT_NAME_MISSING"));
        boolean taken = jdbc.sql("select exists (select 1 from assistance_unit where name = :name and region_code = :region)")
                .param("name", name.strip()).param("region", region.value()).query(Boolean.class).single();
        if (taken) return Outcome.refused(Reason.of("UNIT_EXISTS", name.strip()));
        long id = jdbc.sql("""
                insert into assistance_unit (name, level, region_code) values (:name, :level, :region) returning id
                """).param("name", name.strip()).param("level", level.name()).param("region", region.value())
                .query(Long.class).single();
        audit.record("ADD_UNIT", "unit:" + id, name.strip());
        return Outcome.saved(id);
    }

    /** The units shown to the scope: those working in its region and the units of the cadres shown. */
    @Transactional(readOnly = true)
    public List<Unit> units(RegionScope scope) {
        return jdbc.sql("""
                select id, name, level, region_code from assistance_unit where unit_shown_in(id, :prefix)
                order by region_code, name
                """).param("prefix", scope.prefix())
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2), UnitLevel.valueOf(rs.getString(3)),
                        rs.getString(4))).list();
    }

    /** A cadre of a unit shown to the scope; a unit outside it is unknown. */
    @Transactional
    public Outcome addCadre(RegionScope scope, NewCadre cadre) {
        if (cadre.name() == null || cadre.name().isBlank()) return Outcome.refused(Reason.of("CADRE_NAME_MISSING"));
        String phone = cadre.phone() == null ? "" : cadre.phone().strip();
        if (!phone.isEmpty() && !phone.matches("1\\d{10}")) return Outcome.refused(Reason.of("CADRE_PHONE", phone));
        if (!unitShown(scope, cadre.unitId())) return Outcome.refused(Reason.of("UNIT_UNKNOWN", cadre.unitId()));
        long id = jdbc.sql("""
                insert into cadre (unit_id, name, post, phone, phone_masked, flags)
                values (:unit, :name, :post, :phone, :masked, :flags) returning id
                """).param("unit", cadre.unitId()).param("name", cadre.name().strip())
                .param("post", cadre.post() == null ? "" : cadre.post().strip())
                .param("phone", phone.isEmpty() ? null : secrets.encrypt(phone))
                .param("masked", phone.isEmpty() ? null : HouseholdDetail.maskPhone(phone))
                .param("flags", cadre.flags().stream().map(Enum::name).distinct().toArray(String[]::new))
                .query(Long.class).single();
        audit.record("ADD_CADRE", "cadre:" + id, "unit:" + cadre.unitId());
        return Outcome.saved(id);
    }

    /** The cadres belonging to or working in the scope's region, by unit and name. */
    @Transactional(readOnly = true)
    public List<Cadre> cadres(RegionScope scope) {
        return jdbc.sql(CADRES + " order by u.name, c.name").param("prefix", scope.prefix())
                .query(Organisations::cadre).list();
    }

    /** The cadre when the scope sees them; any other id is unknown. */
    @Transactional(readOnly = true)
    public Optional<Cadre> cadre(RegionScope scope, long id) {
        return jdbc.sql(CADRES + " and c.id = :id").param("prefix", scope.prefix()).param("id", id)
                .query(Organisations::cadre).optional();
    }

    /** Whether the unit is among {@link #units}. */
    boolean unitShown(RegionScope scope, long unitId) {
        return jdbc.sql("select exists (select 1 from assistance_unit where id = :id and unit_shown_in(id, :prefix))")
                .param("id", unitId).param("prefix", scope.prefix()).query(Boolean.class).single();
    }

    /** 联村: the unit helps the village from the day given. */
    @Transactional
    public Outcome linkVillage(RegionScope scope, long unitId, String villageCode, LocalDate start) {
        RegionCode village = village(scope, villageCode);
        long id = jdbc.sql("""
                insert into unit_village (county_code, unit_id, village_code, start_date)
                select left(:village, 6), id, :village, :start
                from assistance_unit where id = :unit and unit_shown_in(id, :prefix)
                returning id
                """).param("unit", unitId).param("village", village.value()).param("start", start)
                .param("prefix", scope.prefix())
                .query(Long.class).optional().orElse(-1L);
        if (id < 0) return Outcome.refused(Reason.of("UNIT_UNKNOWN", unitId));
        audit.record("LINK_VILLAGE", "village:" + village.value(), "unit:" + unitId);
        return Outcome.saved(id);
    }

    /** A leader of the village at county, township or village level (the "3" of 3+2+1). */
    @Transactional
    public Outcome assignLeader(RegionScope scope, long cadreId, String villageCode, String level, LocalDate start) {
        RegionCode village = village(scope, villageCode);
        if (!List.of("COUNTY", "TOWNSHIP", "VILLAGE").contains(level)) return Outcome.refused(Reason.of("LEADER_LEVEL", level));
        if (cadre(scope, cadreId).isEmpty()) return Outcome.refused(Reason.of("CADRE_UNKNOWN", cadreId));
        long id = jdbc.sql("""
                insert into village_leader (county_code, cadre_id, village_code, level, start_date)
                values (left(:village, 6), :cadre, :village, :level, :start) returning id
                """).param("cadre", cadreId).param("village", village.value()).param("level", level)
                .param("start", start).query(Long.class).single();
        audit.record("ASSIGN_LEADER", "village:" + village.value(), "cadre:" + cadreId + " " + level);
        return Outcome.saved(id);
    }

    /** A known village inside the scope; anything else is "not found". */
    RegionCode village(RegionScope scope, String code) {
        RegionCode village = scope.require(code);
        boolean known = jdbc.sql("select exists (select 1 from region where code = :code)").param("code", village.value())
                .query(Boolean.class).single();
        if (!known || village.level() != RegionLevel.VILLAGE) throw new RegionScope.OutOfScopeException(code);
        return village;
    }

    private static final String CADRES = """
            select c.id, c.unit_id, u.name as unit_name, c.name, c.post, c.phone_masked, c.flags
            from cadre c join assistance_unit u on u.id = c.unit_id
            where cadre_works_in(c.id, :prefix)
            """;

    private static Cadre cadre(ResultSet rs, int n) throws SQLException {
        Array flags = rs.getArray("flags");
        return new Cadre(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("name"),
                rs.getString("post"), rs.getString("phone_masked"),
                Arrays.stream((Object[]) flags.getArray()).map(f -> CadreFlag.valueOf(f.toString())).toList());
    }
}
