package org.fupin.assistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fupin.assistance.domain.ExitProgress;
import org.fupin.audit.AuditLog;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.region.Region;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.kernel.Reason;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The battle plan (作战图): the planned exit year of each household and poor village, and a region's progress in a
 * year against it, per region one level down, with the overdue households (status from the registry's snapshot).
 */
@Service
public class BattlePlan {

    public record Line(String code, String name, ExitProgress progress) {}

    public record Progress(String regionCode, int registryYear, int year, ExitProgress total, List<Line> lines,
                           List<HouseholdRow> overdue, Map<Integer, Long> villagesByPlannedYear) {}

    /** The year a village plans to leave poverty, {@code null} while none is planned. */
    public record VillagePlan(String villageCode, String villageName, Integer plannedYear) {}

    private static final String EXITED = "1";
    /** The years an exit may be planned for, as the plan tables hold them (V32). */
    private static final int FIRST_PLAN_YEAR = 2014;
    private static final int LAST_PLAN_YEAR = 2030;

    private final JdbcClient jdbc;
    private final RegisteredHousehold.Finder households;
    private final HouseholdRegistry registry;
    private final RegionDirectory regions;
    private final Organisations organisations;
    private final AuditLog audit;

    BattlePlan(JdbcClient jdbc, RegisteredHousehold.Finder households, HouseholdRegistry registry,
               RegionDirectory regions, Organisations organisations, AuditLog audit) {
        this.jdbc = jdbc;
        this.households = households;
        this.registry = registry;
        this.regions = regions;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    public Optional<Outcome> planHousehold(RegionScope scope, long householdId, int year) {
        return households.find(scope, householdId).map(h -> {
            if (!plannable(year)) return yearRefused(year);
            jdbc.sql("""
                    insert into household_exit_plan (county_code, household_number, village_code, planned_year)
                    values (:county, :number, :village, :year)
                    on conflict (county_code, household_number) do update set planned_year = excluded.planned_year
                    """).param("county", h.countyCode()).param("number", h.householdNumber())
                    .param("village", h.villageCode()).param("year", year).update();
            audit.record("EXIT_PLAN", "household:" + h.countyCode() + "/" + h.householdNumber(), String.valueOf(year));
            return Outcome.saved(householdId);
        });
    }

    @Transactional
    public Outcome planVillage(RegionScope scope, String villageCode, int year) {
        RegionCode village = organisations.village(scope, villageCode);
        if (!plannable(year)) return yearRefused(year);
        jdbc.sql("""
                insert into village_exit_plan (county_code, village_code, planned_year)
                values (left(:village, 6), :village, :year)
                on conflict (county_code, village_code) do update set planned_year = excluded.planned_year
                """).param("village", village.value()).param("year", year).update();
        audit.record("EXIT_PLAN", "village:" + village.value(), String.valueOf(year));
        return Outcome.saved(Long.parseLong(village.value()));
    }

    private static boolean plannable(int year) {
        return year >= FIRST_PLAN_YEAR && year <= LAST_PLAN_YEAR;
    }

    private static Outcome yearRefused(int year) {
        return Outcome.refused(Reason.of("EXIT_PLAN_YEAR", String.valueOf(year), String.valueOf(FIRST_PLAN_YEAR),
                String.valueOf(LAST_PLAN_YEAR)));
    }

    /** The village's planned exit year as {@link #planVillage} set it; a village outside the scope is not found. */
    @Transactional(readOnly = true)
    public VillagePlan villagePlan(RegionScope scope, String villageCode) {
        RegionCode village = organisations.village(scope, villageCode);
        Integer year = jdbc.sql("select planned_year from village_exit_plan where village_code = :village")
                .param("village", village.value()).query(Integer.class).optional().orElse(null);
        String name = regions.find(scope, village.value()).map(Region::name).orElse(village.value());
        return new VillagePlan(village.value(), name, year);
    }

    @Transactional(readOnly = true)
    public Progress progress(RegionScope scope, String regionCode, int registryYear, int year) {
        RegionCode region = scope.require(regionCode);
        Map<String, Integer> plans = new HashMap<>();
        jdbc.sql("""
                select village_code, household_number, planned_year from household_exit_plan
                where village_code between :lowest and :highest
                """).param("lowest", region.lowestDescendant()).param("highest", region.highestDescendant())
                .query((rs, n) -> plans.put(Pairings.key(rs.getString(1), rs.getString(2)), rs.getInt(3))).list();
        List<Region> children = regions.children(scope, region.value());
        Map<String, List<ExitProgress.Entry>> byChild = new TreeMap<>();
        List<ExitProgress.Entry> all = new ArrayList<>();
        List<HouseholdRow> overdue = new ArrayList<>();
        registry.forEachHousehold(scope, region.value(), registryYear, h -> {
            Integer planned = plans.get(Pairings.key(h.villageCode(), h.householdNumber()));
            if (planned == null) return;
            ExitProgress.Entry entry = new ExitProgress.Entry(planned, EXITED.equals(h.povertyStatus()));
            all.add(entry);
            children.stream().filter(c -> h.villageCode().startsWith(c.regionCode().prefix())).findFirst()
                    .ifPresent(c -> byChild.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(entry));
            if (ExitProgress.overdue(entry, year)) overdue.add(h);
        });
        List<Line> lines = children.stream().filter(c -> byChild.containsKey(c.code()))
                .map(c -> new Line(c.code(), c.name(), ExitProgress.of(byChild.get(c.code()), year))).toList();
        Map<Integer, Long> villages = new TreeMap<>();
        jdbc.sql("""
                select planned_year, count(*) from village_exit_plan
                where village_code between :lowest and :highest group by planned_year
                """).param("lowest", region.lowestDescendant()).param("highest", region.highestDescendant())
                .query((rs, n) -> villages.put(rs.getInt(1), rs.getLong(2))).list();
        return new Progress(region.value(), registryYear, year, ExitProgress.of(all, year), lines, overdue, villages);
    }
}
