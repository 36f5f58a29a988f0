package org.fupin.identification;

import java.time.LocalDateTime;
import java.util.List;
import org.fupin.audit.AuditLog;
import org.fupin.facilities.Facilities;
import org.fupin.region.RegionScope;
import org.fupin.system.Transactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The conditions on village exit beyond 贫困发生率, as data (V73): a facility type the village must have, at least so
 * many, from a year on, for the regions under a prefix. Set by county and system administrators for their own region.
 */
@Service
public record VillageExitConditions(JdbcClient jdbc, Facilities facilities, AuditLog audit, Transactions transactions) {

    /** A stored condition, with who set it and when. */
    public record Setting(String regionPrefix, int yearFrom, String facilityType, int minCount, String source,
                          String setBy, LocalDateTime setAt) {}

    /** A condition in force for a village-year: the type and how many it needs. */
    public record Condition(String facilityType, int minCount) {}

    /** Per facility type, the row of the longest prefix and latest start that applies; types lifted to 0 dropped. */
    public List<Condition> inForce(int year, String villageCode) {
        return jdbc.sql("""
                select facility_type, min_count from (
                    select distinct on (facility_type) facility_type, min_count
                    from village_exit_condition
                    where :village like region_prefix || '%' and year_from <= :year
                    order by facility_type, length(region_prefix) desc, year_from desc) c
                where min_count > 0 order by facility_type
                """).param("village", villageCode).param("year", year).query(Condition.class).list();
    }

    /** The settings a user can see: those of their region, of its ancestors and below it. */
    public List<Setting> settings(RegionScope scope) {
        return transactions.read(() -> jdbc.sql("""
                select region_prefix, year_from, facility_type, min_count, source, set_by, set_at
                from village_exit_condition
                where region_prefix like :prefix || '%' or :prefix like region_prefix || '%'
                order by region_prefix, facility_type, year_from
                """).param("prefix", scope.prefix()).query(Setting.class).list());
    }

    /** Adds or replaces a condition; refused with a reason code outside the user's region or when incomplete. */
    public void set(RegionScope scope, String prefix, int yearFrom, String facilityType, int minCount, String source,
                    String actor) {
        transactions.run(() -> {
            String p = prefix == null ? "" : prefix.strip();
            if (!p.matches("[0-9]{0,12}") || !p.startsWith(scope.prefix())) throw new CaseException("PREFIX_OUTSIDE_SCOPE", p);
            if (yearFrom < 2013 || yearFrom > 2100) throw new CaseException("CONDITION_YEAR", yearFrom);
            if (facilityType == null || facilities.types(yearFrom).label(facilityType).isEmpty()) {
                throw new CaseException("CONDITION_TYPE", facilityType);
            }
            if (minCount < 0 || minCount > 1000) throw new CaseException("CONDITION_COUNT", minCount);
            if (source == null || source.isBlank()) throw new CaseException("CONDITION_SOURCE");
            jdbc.sql("""
                    insert into village_exit_condition (region_prefix, year_from, facility_type, min_count, source, set_by)
                    values (:prefix, :year, :type, :min, :source, :actor)
                    on conflict (region_prefix, year_from, facility_type) do update set min_count = excluded.min_count,
                        source = excluded.source, set_by = excluded.set_by, set_at = now()
                    """).param("prefix", p).param("year", yearFrom).param("type", facilityType).param("min", minCount)
                    .param("source", source.strip()).param("actor", actor).update();
            audit.record(actor, "VILLAGE_EXIT_CONDITION", p.isEmpty() ? "*" : p,
                    facilityType + " >= " + minCount + " from " + yearFrom);
        });
    }
}
