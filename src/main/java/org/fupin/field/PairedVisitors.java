package org.fupin.field;

import java.util.ArrayList;
import java.util.List;
import org.fupin.access.Users;
import org.fupin.assistance.Pairings;
import org.fupin.household.HouseholdRegistry;
import org.fupin.monitoring.VisitorSuggestions;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The monitoring visit forms' visitors, filled in: the current user (the cadre linked to the account, else by real name), then the paired cadre. */
@Component
class PairedVisitors implements VisitorSuggestions {

    private final FieldWork work;
    private final Pairings pairings;
    private final HouseholdRegistry registry;
    private final Users users;

    PairedVisitors(FieldWork work, Pairings pairings, HouseholdRegistry registry, Users users) {
        this.work = work;
        this.pairings = pairings;
        this.registry = registry;
        this.users = users;
    }

    @Override
    public List<String> visitors(RegionScope scope, long householdId, Authentication user) {
        List<String> names = new ArrayList<>();
        registry.household(scope, householdId).ifPresent(h ->
                work.me(h.villageCode(), user.getName(), users.realName(user)).ifPresent(me -> names.add(me.name())));
        pairings.history(scope, householdId).stream().filter(p -> p.end() == null).findFirst()
                .filter(p -> !names.contains(p.cadreName())).ifPresent(p -> names.add(p.cadreName()));
        return names;
    }
}
