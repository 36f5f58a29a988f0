package org.fupin.funds.domain;

import java.util.Optional;

/**
 * The life of a project in the county project library (domain.md §4.4): 申报 → 审核 → 入库 → 实施 → 竣工 → 公告, one
 * step at a time and never back.
 */
public enum ProjectStatus {
    APPLIED, REVIEWED, IN_LIBRARY, IMPLEMENTING, COMPLETED, ANNOUNCED;

    public Optional<ProjectStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** Funds may be paid once the project is being carried out, and until it is completed. */
    public boolean acceptsPayments() {
        return this == IMPLEMENTING || this == COMPLETED;
    }
}
