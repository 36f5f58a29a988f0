package org.fupin.identification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fupin.audit.AuditLog;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.domain.Finding;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * The dynamic-adjustment events of households: every change of a household's 脱贫状态 comes from one (recorded by a
 * case or by hand), with its date, reason, the status before and after, and who recorded it. The status itself is
 * written through the household module's editor, with the registry's own checks.
 */
@Service
public record HouseholdEvents(JdbcClient jdbc, HouseholdRegistry registry, HouseholdEditor editor, AuditLog audit,
                              Transactions transactions) {

    /** An event as stored. */
    public record Event(long id, String villageCode, int year, String householdNumber, EventType type, LocalDate date,
                        String reason, String statusBefore, String statusAfter, Long caseId, String actor) {}

    /**
     * Records an event for a household-year and applies the status it sets. An event that sets a status (新识别,
     * 脱贫, 返贫, 标注) is recorded only by its procedure (a case): by hand it is refused (STATUS_BY_PROCEDURE).
     * Refused (nothing written) too when the registry's checks reject the changed household.
     */
    public long record(RegionScope scope, long householdId, EventType type, LocalDate date, String reason,
                       Long caseId, String actor) {
        return transactions.write(() -> {
            HouseholdDetail household = registry.household(scope, householdId)
                    .orElseThrow(() -> new RegionScope.OutOfScopeException("household " + householdId));
            if (type.status() != null && caseId == null) throw new CaseException("STATUS_BY_PROCEDURE");
            String before = registry.povertyStatusCode(scope, householdId).orElse(null);
            if (type.status() != null && !type.status().equals(before)) {
                Integer exitYear = type == EventType.EXIT ? Integer.valueOf(household.year()) : null;
                HouseholdEditor.Outcome outcome = editor.changeStatus(scope, householdId, type.status(), exitYear, actor)
                        .orElseThrow(() -> new RegionScope.OutOfScopeException("household " + householdId));
                if (!outcome.saved()) {
                    throw new CaseException("HOUSEHOLD_NOT_SAVED", outcome.findings().stream().filter(Finding::isError)
                            .map(Finding::code).toList().toString());
                }
            }
            String after = type.status() == null ? before : type.status();
            long id = jdbc.sql("""
                    insert into household_event (county_code, village_code, year, household_id, household_number,
                        event_type, event_date,
                        reason, status_before, status_after, case_id, actor)
                    values (left(:village, 6), :village, :year, :household, :number, :type, :date, :reason, :before,
                        :after, :case, :actor)
                    returning id
                    """).param("village", household.villageCode()).param("year", household.year())
                    .param("household", householdId).param("number", household.householdNumber()).param("type", type.name())
                    .param("date", date).param("reason", reason == null ? "" : reason).param("before", before)
                    .param("after", after).param("case", caseId).param("actor", actor).query(Long.class).single();
            audit.record(actor, "HOUSEHOLD_EVENT", household.villageCode() + "/" + household.year() + "/"
                    + household.householdNumber(), type + " " + before + " -> " + after);
            return id;
        });
    }

    /** The events of a household (by village and 户编号, across years), oldest first. */
    public List<Event> history(RegionScope scope, String villageCode, String householdNumber) {
        return transactions.read(() -> {
            scope.require(villageCode);
            return jdbc.sql("""
                    select * from household_event where village_code = :village and household_number = :number
                    order by event_date, id
                    """).param("village", villageCode).param("number", householdNumber)
                    .query((rs, n) -> new Event(rs.getLong("id"), rs.getString("village_code"), rs.getInt("year"),
                            rs.getString("household_number"), EventType.valueOf(rs.getString("event_type")),
                            CaseRepository.date(rs, "event_date"), rs.getString("reason"), rs.getString("status_before"),
                            rs.getString("status_after"), (Long) rs.getObject("case_id"), rs.getString("actor"))).list();
        });
    }

    /** Registered (新识别) or returned (返贫) in {@code year}: such households may not exit that year. */
    public boolean isNewOrReturnedIn(String villageCode, String householdNumber, int year) {
        return transactions.read(() -> {
            return jdbc.sql("""
                    select exists (select 1 from household_event where village_code = :village and household_number = :number
                                   and event_type in ('NEW_IDENTIFICATION', 'RETURN', 'MARKING')
                                   and year = :year)
                    """).param("village", villageCode).param("number", householdNumber).param("year", year)
                    .query(Boolean.class).single();
        });
    }

    /** Counts of events by type in the scope and year (for the dynamic-adjustment summary). */
    public Map<String, Long> counts(RegionScope scope, int year) {
        return transactions.read(() -> {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            jdbc.sql("""
                    select event_type, count(*) from household_event
                    where village_code between :low and :high and year = :year group by event_type order by event_type
                    """).param("low", scope.lowestCode()).param("high", scope.highestCode()).param("year", year)
                    .query(rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
            return counts;
        });
    }
}
