package org.fupin.identification.web;

import java.util.Map;
import org.fupin.household.HouseholdPageAction;
import org.fupin.identification.domain.CaseKind;
import org.springframework.stereotype.Component;

/** The household page's form that opens an identification, exit or removal procedure for the household. */
@Component
class OpenCaseAction implements HouseholdPageAction {

    @Override
    public String fragment() { return "identification/household-actions :: open-case"; }

    @Override
    public Map<String, Object> attributes() { return Map.of("caseKinds", CaseKind.values()); }
}
