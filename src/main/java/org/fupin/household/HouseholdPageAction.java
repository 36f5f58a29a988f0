package org.fupin.household;

import java.util.Map;

/**
 * Something another feature lets a user do from a household's page (open a procedure, go to its assistance), as a
 * Thymeleaf fragment that the household page inserts into its action bar. The fragment sees the household as
 * {@code h} and this action's {@link #attributes()} in the page's model. The household module knows no feature
 * that uses it.
 */
public interface HouseholdPageAction {

    /** The fragment, as {@code template :: selector}. */
    String fragment();

    /** Model attributes the fragment needs, beside the household. */
    default Map<String, Object> attributes() { return Map.of(); }
}
