package org.fupin.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
public record WorkTeams(JdbcClient jdbc, Organisations organisations, VillageStaff staff, AssistanceParameters parameters,
                        AuditLog audit, Transactions transactions) {

    public record Member(long cadreId, boolean leader) {}

    /** The members as the team form and REST give them: the leader (if any) first, then the other cadres. */
    public static List<Member> team(Long leader, List<Long> others) {
        List<Member> members = new ArrayList<>();
        if (leader != null) members.add(new Member(leader, true));
        others.forEach(id -> members.add(new Member(id, false)));
        return members;
    }

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

    /** Who fills each slot of the village's "3+2+1" on the day: what of {@link VillageStaff} holds then. */
    public Staffing staffing(RegionScope scope, String villageCode, LocalDate on) {
        return transactions.read(() -> {
            Map<SlotKind, List<String>> filled = new EnumMap<>(SlotKind.class);
            staff.leaders(scope, villageCode).stream().filter(l -> l.holds(on))
                    .forEach(l -> add(filled, SlotKind.valueOf(l.level() + "_LEADER"), l.cadreName()));
            staff.links(scope, villageCode).stream().filter(l -> l.holds(on))
                    .forEach(l -> add(filled, Staffing.departmentSlot(l.unitLevel().name()), l.unitName()));
            staff.teams(scope, villageCode).stream().filter(t -> t.holds(on))
                    .flatMap(t -> t.members().stream())
                    .sorted(Comparator.comparing(VillageStaff.WorkTeamMember::leader).reversed()
                            .thenComparing(VillageStaff.WorkTeamMember::name))
                    .forEach(m -> add(filled, SlotKind.WORK_TEAM, m.name()));
            return Staffing.of(filled);
        });
    }

    private static void add(Map<SlotKind, List<String>> filled, SlotKind kind, String name) {
        filled.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }
}
