package org.fupin.identification;

import java.util.ArrayList;
import java.util.List;
import org.fupin.audit.AuditLog;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.household.domain.Finding;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.fupin.system.Transactions;

/**
 * Prefills next year's snapshot of a region from this year's: every household-year is carried forward unchanged
 * (statuses, members, incomes), except households removed (剔除) or dissolved (自然销户) by an event of this year and
 * households already in next year. All or nothing: one household refused by the registry's checks writes none.
 */
@Service
public record SnapshotPrefill(HouseholdRegistry registry, HouseholdEditor editor, JdbcClient jdbc, AuditLog audit,
                              Transactions transactions) {

    /** Carried forward, already there, left out by an event. */
    public record Result(int carried, int existing, int leftOut) {}

    public Result prefill(RegionScope scope, String regionCode, int fromYear, String actor) {
        return transactions.write(() -> {
            scope.require(regionCode);
            List<HouseholdRow> households = new ArrayList<>();
            registry.forEachHousehold(scope, regionCode, fromYear, households::add);
            List<String> gone = jdbc.sql("""
                    select village_code || '/' || household_number from household_event
                    where year = :year and event_type in ('REMOVAL', 'HOUSEHOLD_DISSOLVED')
                    """).param("year", fromYear).query(String.class).list();
            int carried = 0;
            int existing = 0;
            int leftOut = 0;
            List<String> refused = new ArrayList<>();
            for (HouseholdRow h : households) {
                if (gone.contains(h.villageCode() + "/" + h.householdNumber())) {
                    leftOut++;
                    continue;
                }
                HouseholdEditor.Created created = editor.carryForward(scope, h.id(), fromYear + 1, actor).orElseThrow();
                if (created.id() != null) carried++;
                else if (created.findings().stream().anyMatch(f -> f.code().equals("HOUSEHOLD_NUMBER_TAKEN"))) existing++;
                else refused.add(h.householdNumber() + " " + created.findings().stream().filter(Finding::isError)
                        .map(f -> f.column() + ":" + f.code()).toList());
            }
            if (!refused.isEmpty()) throw new CaseException("PREFILL_REFUSED", fromYear + 1, refused.toString());
            audit.record(actor, "PREFILL_SNAPSHOT", regionCode + "/" + (fromYear + 1), "carried=" + carried
                    + " existing=" + existing + " leftOut=" + leftOut);
            return new Result(carried, existing, leftOut);
        });
    }
}
