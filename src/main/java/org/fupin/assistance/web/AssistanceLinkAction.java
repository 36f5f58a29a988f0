package org.fupin.assistance.web;

import org.fupin.household.HouseholdPageAction;
import org.springframework.stereotype.Component;

/** The household page's link to the household's assistance: its cadre, visits and measures (issue #20). */
@Component
class AssistanceLinkAction implements HouseholdPageAction {

    @Override
    public String fragment() { return "assistance/household-actions :: assistance-link"; }
}
