package org.fupin.assistance;

import java.time.LocalDate;
import java.util.Optional;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Component;

/**
 * A registered household as assistance records name it: county and 户编号 (stable across yearly snapshots) and
 * its village, read from one household-year through the household module's public API.
 */
public record RegisteredHousehold(String countyCode, String householdNumber, String villageCode,
                                  HouseholdDetail detail) {

    /** Finds household-years within the caller's scope. */
    @Component
    public static class Finder {

        private final HouseholdRegistry registry;

        Finder(HouseholdRegistry registry) { this.registry = registry; }

        public Optional<RegisteredHousehold> find(RegionScope scope, long householdId) {
            return registry.household(scope, householdId).map(h -> new RegisteredHousehold(
                    h.villageCode().substring(0, 6), h.householdNumber(), h.villageCode(), h));
        }

        /** A member's full birth date, for a rule that needs the exact age; never for a page (it shows the month). */
        public LocalDate birthDate(RegionScope scope, long householdId, int position) {
            return registry.birthDates(scope, householdId).get(position);
        }
    }
}
