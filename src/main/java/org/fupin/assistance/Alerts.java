package org.fupin.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fupin.assistance.domain.VisitRule;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings about assistance in a region on a given day: registered households of the year with no responsible
 * cadre that day (脱贫不脱帮扶: exited households count too), and cadres responsible for households of the region
 * with no visit in the last N months (N from the year's parameters unless given).
 */
@Service
public class Alerts {

    public record SilentCadre(long cadreId, String name, String unitName, long households, LocalDate lastVisit) {}

    public record Summary(String regionCode, LocalDate asOf, int months, List<HouseholdRow> householdsWithoutCadre,
                          List<SilentCadre> cadresWithoutVisit) {}

    private final JdbcClient jdbc;
    private final HouseholdRegistry registry;
    private final AssistanceParameters parameters;

    Alerts(JdbcClient jdbc, HouseholdRegistry registry, AssistanceParameters parameters) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.parameters = parameters;
    }

    @Transactional(readOnly = true)
    public Summary summary(RegionScope scope, String regionCode, int year, LocalDate asOf, Integer months) {
        RegionCode region = scope.require(regionCode);
        int window = months != null ? months : parameters.forYear(asOf.getYear()).visitAlertMonths();
        return new Summary(region.value(), asOf, window, withoutCadre(scope, region, year, asOf),
                withoutVisit(region, asOf, window));
    }

    private List<HouseholdRow> withoutCadre(RegionScope scope, RegionCode region, int year, LocalDate asOf) {
        Set<String> paired = new HashSet<>(jdbc.sql("""
                select county_code || '/' || household_number from pairing
                where village_code between :lowest and :highest
                  and start_date <= :on and (end_date is null or end_date >= :on)
                """).param("lowest", region.lowestDescendant()).param("highest", region.highestDescendant())
                .param("on", asOf).query(String.class).list());
        List<HouseholdRow> missing = new ArrayList<>();
        registry.forEachHousehold(scope, region.value(), year, h -> {
            if (!paired.contains(h.villageCode().substring(0, 6) + "/" + h.householdNumber())) missing.add(h);
        });
        return missing;
    }

    private List<SilentCadre> withoutVisit(RegionCode region, LocalDate asOf, int months) {
        return jdbc.sql("""
                select c.id as cadre_id, c.name, u.name as unit_name, count(distinct p.household_number) as households,
                       (select max(v.visit_date) from visit v where v.cadre_id = c.id and v.visit_date <= :on) as last_visit
                from pairing p join cadre c on c.id = p.cadre_id join assistance_unit u on u.id = c.unit_id
                where p.village_code between :lowest and :highest
                  and p.start_date <= :on and (p.end_date is null or p.end_date >= :on)
                group by c.id, c.name, u.name order by u.name, c.name
                """).param("lowest", region.lowestDescendant()).param("highest", region.highestDescendant())
                .param("on", asOf).query(SilentCadre.class).list().stream()
                .filter(c -> VisitRule.overdue(c.lastVisit(), asOf, months)).toList();
    }
}
