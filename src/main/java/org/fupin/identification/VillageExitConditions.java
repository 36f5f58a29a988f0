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

    /** A stored condition, with who set it and when, and its version (raised by every change; ADR 0031). */
    public record Setting(String regionPrefix, int yearFrom, String facilityType, int minCount, String source,
                          String setBy, LocalDateTime setAt, int version) {

        /** Its key among the versions a page or client read. */
        public String key() {
            return VillageExitConditions.key(regionPrefix, yearFrom, facilityType);
        }
    }

    /** A condition's key among the versions a page read. */
    public static String key(String regionPrefix, int yearFrom, String facilityType) {
        return regionPrefix + "|" + yearFrom + "|" + facilityType;
    }

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
                select region_prefix, year_from, facility_type, min_count, source, set_by, set_at, version
                from village_exit_condition
                where region_prefix like :prefix || '%' or :prefix like region_prefix || '%'
                order by region_prefix, facility_type, year_from
                """).param("prefix", scope.prefix()).query(Setting.class).list());
    }

    /** Adds or replaces a condition; refused with a reason code outside the user's region or when incomplete. */
    public void set(RegionScope scope, String prefix, int yearFrom, String facilityType, int minCount, String source,
                    String actor) {
        set(scope, prefix, yearFrom, facilityType, minCount, source, actor, null);
    }

    /**
     * As {@link #set}, from a page or body that read the condition at version {@code seen} (NONE: it read none);
     * refused with CONDITION_STALE, naming the condition now and who set it, when it has changed since (ADR 0031).
     */
    public void set(RegionScope scope, String prefix, int yearFrom, String facilityType, int minCount, String source,
                    String actor, org.fupin.kernel.Seen seen) {
        transactions.run(() -> {
            String p = prefix == null ? "" : prefix.strip();
            if (!p.matches("[0-9]{0,12}") || !p.startsWith(scope.prefix())) throw new CaseException("PREFIX_OUTSIDE_SCOPE", p);
            if (yearFrom < 2013 || yearFrom > 2100) throw new CaseException("CONDITION_YEAR", yearFrom);
            if (facilityType == null || facilities.types(yearFrom).label(facilityType).isEmpty()) {
                throw new CaseException("CONDITION_TYPE", facilityType);
            }
            if (minCount < 0 || minCount > 1000) throw new CaseException("CONDITION_COUNT", minCount);
            if (source == null || source.isBlank()) throw new CaseException("CONDITION_SOURCE");
            boolean written = jdbc.sql("""
                    insert into village_exit_condition (region_prefix, year_from, facility_type, min_count, source, set_by)
                    values (:prefix, :year, :type, :min, :source, :actor)
                    on conflict (region_prefix, year_from, facility_type) do update set min_count = excluded.min_count,
                        source = excluded.source, set_by = excluded.set_by, set_at = now(),
                        version = village_exit_condition.version + 1
                    where not :check or village_exit_condition.version = :seen
                    """).param("prefix", p).param("year", yearFrom).param("type", facilityType).param("min", minCount)
                    .param("source", source.strip()).param("actor", actor).param("check", seen != null)
                    .param("seen", seen == null ? null : seen.version(), java.sql.Types.INTEGER).update() == 1;
            if (!written) stale(scope, key(p, yearFrom, facilityType));
            audit.record(actor, "VILLAGE_EXIT_CONDITION", p.isEmpty() ? "*" : p,
                    facilityType + " >= " + minCount + " from " + yearFrom);
        });
    }

    /** The condition changed after it was read: refused, naming it as it is now (its type, count and who set it). */
    private void stale(RegionScope scope, String key) {
        Setting now = settings(scope).stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
        throw new CaseException("CONDITION_STALE", facilities.types(now.yearFrom()).label(now.facilityType())
                .orElse(now.facilityType()), String.valueOf(now.yearFrom()), String.valueOf(now.minCount()), now.setBy(),
                String.valueOf(now.version()));
    }
}
