package org.fupin.field.web;

import org.fupin.household.HouseholdPageAction;
import org.springframework.stereotype.Component;

/** The household page's link to the household's monitoring (issue #20: household ↔ assistance ↔ monitoring). */
@Component
class MonitoringLinkAction implements HouseholdPageAction {

    @Override
    public String fragment() { return "field/links :: monitoring-link"; }
}
