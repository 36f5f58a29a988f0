package org.fupin.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.fupin.system.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who was assigned to a village, past and present, as recorded: its leaders at county, township and village level,
 * the units linked to it (联村) and its work teams (驻村工作队) with their members. The "3+2+1" staffing of a day
 * ({@link WorkTeams#staffing}) is what of this holds on the day. A village outside the scope is not found.
 */
@Service
public record VillageStaff(JdbcClient jdbc, Organisations organisations, Transactions transactions) {

    /** A cadre leading the village at a level (COUNTY, TOWNSHIP or VILLAGE) from a day on, until the end if any. */
    public record VillageLeader(long id, long cadreId, String cadreName, long unitId, String unitName, String level,
                                LocalDate start, LocalDate end) {

        boolean holds(LocalDate on) { return VillageStaff.holds(start, end, on); }
    }

    /** A unit helping the village from a day on, until the end if any. */
    public record UnitLink(long id, long unitId, String unitName, UnitLevel unitLevel, LocalDate start, LocalDate end) {

        boolean holds(LocalDate on) { return VillageStaff.holds(start, end, on); }
    }

    /** A work team sent to the village for a term by a unit (if any), with its members, the leader first. */
    public record WorkTeam(long id, Long unitId, String unitName, LocalDate termStart, LocalDate termEnd,
                           List<WorkTeamMember> members) {

        boolean holds(LocalDate on) { return VillageStaff.holds(termStart, termEnd, on); }
    }

    public record WorkTeamMember(long cadreId, String name, boolean leader) {}

    /** The village's leaders by name, then start. */
    public List<VillageLeader> leaders(RegionScope scope, String villageCode) {
        return transactions.read(() -> jdbc.sql("""
                select l.id, l.cadre_id, c.name as cadre_name, u.id as unit_id, u.name as unit_name, l.level,
                       l.start_date as start, l.end_date as "end"
                from village_leader l join cadre c on c.id = l.cadre_id join assistance_unit u on u.id = c.unit_id
                where l.village_code = :village order by c.name, l.start_date, l.id
                """).param("village", village(scope, villageCode)).query(VillageLeader.class).list());
    }

    /** The units linked to the village by name, then start. */
    public List<UnitLink> links(RegionScope scope, String villageCode) {
        return transactions.read(() -> jdbc.sql("""
                select l.id, l.unit_id, u.name as unit_name, u.level as unit_level, l.start_date as start,
                       l.end_date as "end"
                from unit_village l join assistance_unit u on u.id = l.unit_id
                where l.village_code = :village order by u.name, l.start_date, l.id
                """).param("village", village(scope, villageCode)).query(UnitLink.class).list());
    }

    /** The village's work teams by the start of their term, each with its members (the leader first, then by name). */
    public List<WorkTeam> teams(RegionScope scope, String villageCode) {
        return transactions.read(() -> {
            String village = village(scope, villageCode);
            Map<Long, List<WorkTeamMember>> members = new LinkedHashMap<>();
            jdbc.sql("""
                    select m.team_id, m.cadre_id, c.name, m.leader
                    from work_team_member m join cadre c on c.id = m.cadre_id
                    where m.village_code = :village order by m.leader desc, c.name
                    """).param("village", village).query((rs, n) -> members.computeIfAbsent(rs.getLong(1),
                            k -> new ArrayList<>()).add(new WorkTeamMember(rs.getLong(2), rs.getString(3),
                            rs.getBoolean(4)))).list();
            return jdbc.sql("""
                    select t.id, t.unit_id, u.name, t.term_start, t.term_end
                    from work_team t left join assistance_unit u on u.id = t.unit_id
                    where t.village_code = :village order by t.term_start, t.id
                    """).param("village", village).query((rs, n) -> new WorkTeam(rs.getLong(1),
                            rs.getObject(2, Long.class), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), List.copyOf(members.getOrDefault(rs.getLong(1), List.of()))))
                    .list();
        });
    }

    private String village(RegionScope scope, String code) {
        RegionCode village = organisations.village(scope, code);
        return village.value();
    }

    private static boolean holds(LocalDate start, LocalDate end, LocalDate on) {
        return !start.isAfter(on) && (end == null || !end.isBefore(on));
    }
}
