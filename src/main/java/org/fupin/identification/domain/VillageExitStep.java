package org.fupin.identification.domain;

import java.util.Optional;
import java.util.Set;

/**
 * The steps of a poor village's exit (domain.md §3.4): 村提出 → 乡镇审核 (the exit test must pass) → 乡镇内公示 →
 * 县审定公告. Each names the roles that may record it; the system administrator may record any.
 */
public enum VillageExitStep {
    PROPOSAL(Set.of("VILLAGE_CADRE", "TOWNSHIP_OFFICER")),
    TOWNSHIP_REVIEW(Set.of("TOWNSHIP_OFFICER")),
    TOWNSHIP_NOTICE(Set.of("TOWNSHIP_OFFICER")),
    COUNTY_ANNOUNCEMENT(Set.of("COUNTY_ADMIN"));

    /** The status of a village whose exit procedure has ended with the county's announcement. */
    public static final String EXITED = "EXITED";
    public static final String REJECTED = "REJECTED";

    private final Set<String> roles;

    VillageExitStep(Set<String> roles) { this.roles = roles; }

    public boolean mayBeRecordedBy(String role) {
        return Step.ADMIN_ROLE.equals(role) || roles.contains(role);
    }

    /** The step after this one; empty after the last. */
    public Optional<VillageExitStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
