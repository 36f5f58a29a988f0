package org.fupin.household.domain;

import java.util.Collection;

/**
 * 脱贫状态 codes (domain.md §1.4.3): 0 未脱贫, 1 已脱贫, 2 (older snapshots), 3 返贫. Only 0 and 3 are "current poor"
 * in the counts of a year's snapshot (§7.1, T26). The SQL twin is {@code is_currently_poor(status)} in
 * {@code R__region_tally_functions.sql}; a test keeps the two in step.
 */
public final class PovertyStatus {

    public static final String NOT_EXITED = "0";
    public static final String EXITED = "1";
    public static final String RETURNED = "3";

    private PovertyStatus() {}

    public static boolean isCurrentPoor(String code) {
        return NOT_EXITED.equals(code) || RETURNED.equals(code);
    }

    public static long countCurrentPoor(Collection<String> codes) {
        return codes.stream().filter(PovertyStatus::isCurrentPoor).count();
    }
}
