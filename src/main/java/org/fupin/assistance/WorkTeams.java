package org.fupin.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fupin.kernel.Reason;
import org.fupin.assistance.domain.Staffing;
import org.fupin.assistance.domain.Staffing.SlotKind;
import org.fupin.assistance.domain.WorkTeamRules;
import org.fupin.audit.AuditLog;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/** Village work teams (驻村工作队) with their checks, and the per-village "3+2+1" staffing view. */
@Service
public record WorkTeams(JdbcClient jdbc, Organisations organisations, AssistanceParameters parameters, AuditLog audit,
                        Transactions transactions) {

    public record Member(long cadreId, boolean leader) {}

    /** Sends a team to the village for the term; refused with the reasons when it breaks the year's checks. */
    public Outcome send(RegionScope scope, String villageCode, Long unitId, LocalDate termStart, LocalDate termEnd,
                        List<Member> members) {
        return transactions.write(() -> {
            RegionCode village = organisations.village(scope, villageCode);
            List<Reason> reasons = new ArrayList<>();
            Map<Long, Member> byCadre = new java.util.LinkedHashMap<>();
            members.forEach(m -> byCadre.putIfAbsent(m.cadreId(), m));
            List<Member> distinct = List.copyOf(byCadre.values());
            for (Member m : distinct) {
                if (organisations.cadre(scope, m.cadreId()).isEmpty()) reasons.add(Reason.of("CADRE_UNKNOWN", m.cadreId()));
            }
            if (unitId != null && !organisations.unitShown(scope, unitId)) reasons.add(Reason.of("UNIT_UNKNOWN", unitId));
            int leaders = (int) distinct.stream().filter(Member::leader).count();
            reasons.addAll(WorkTeamRules.check(distinct.size(), leaders, termStart, termEnd,
                    parameters.forYear(termStart.getYear())));
            if (!reasons.isEmpty()) return Outcome.refused(reasons);
            long id = jdbc.sql("""
                    insert into work_team (county_code, village_code, unit_id, term_start, term_end)
                    values (left(:village, 6), :village, :unit, :start, :end) returning id
                    """).param("village", village.value()).param("unit", unitId).param("start", termStart)
                    .param("end", termEnd).query(Long.class).single();
            for (Member m : distinct) {
                jdbc.sql("""
                        insert into work_team_member (county_code, team_id, cadre_id, village_code, leader)
                        values (left(:village, 6), :team, :cadre, :village, :leader)
                        """).param("team", id).param("cadre", m.cadreId()).param("village", village.value())
                        .param("leader", m.leader()).update();
            }
            audit.record("SEND_WORK_TEAM", "village:" + village.value(), distinct.size() + " members");
            return Outcome.saved(id);
        });
    }

    /** Who fills each slot of the village's "3+2+1" on the day. */
    public Staffing staffing(RegionScope scope, String villageCode, LocalDate on) {
        return transactions.read(() -> {
            RegionCode village = organisations.village(scope, villageCode);
            Map<SlotKind, List<String>> filled = new EnumMap<>(SlotKind.class);
            jdbc.sql("""
                    select l.level, c.name from village_leader l join cadre c on c.id = l.cadre_id
                    where l.village_code = :village and l.start_date <= :on and (l.end_date is null or l.end_date >= :on)
                    order by c.name
                    """).param("village", village.value()).param("on", on).query((rs, n) -> {
                        add(filled, SlotKind.valueOf(rs.getString(1) + "_LEADER"), rs.getString(2));
                        return null;
                    }).list();
            jdbc.sql("""
                    select u.level, u.name from unit_village l join assistance_unit u on u.id = l.unit_id
                    where l.village_code = :village and l.start_date <= :on and (l.end_date is null or l.end_date >= :on)
                    order by u.name
                    """).param("village", village.value()).param("on", on).query((rs, n) -> {
                        add(filled, Staffing.departmentSlot(rs.getString(1)), rs.getString(2));
                        return null;
                    }).list();
            jdbc.sql("""
                    select c.name from work_team t join work_team_member m on m.team_id = t.id join cadre c on c.id = m.cadre_id
                    where t.village_code = :village and t.term_start <= :on and t.term_end >= :on
                    order by m.leader desc, c.name
                    """).param("village", village.value()).param("on", on).query(String.class).list()
                    .forEach(name -> add(filled, SlotKind.WORK_TEAM, name));
            return Staffing.of(filled);
        });
    }

    private static void add(Map<SlotKind, List<String>> filled, SlotKind kind, String name) {
        filled.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }
}
