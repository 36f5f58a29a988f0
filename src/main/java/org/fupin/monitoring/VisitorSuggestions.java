package org.fupin.monitoring;

import java.util.List;
import org.fupin.region.RegionScope;
import org.springframework.security.core.Authentication;

/**
 * Names another feature suggests for the visitors of a household's 入户核查 or risk-elimination visit (issue #20: the
 * household's paired cadre and the current user come filled in). The monitoring module knows no feature that
 * answers.
 */
public interface VisitorSuggestions {

    List<String> visitors(RegionScope scope, long householdId, Authentication user);
}
