package org.fupin.assets.domain;

import java.util.Set;

/**
 * The state of an asset: in use, 闲置 (idle), 损毁 (damaged or lost), 处置 asked for (awaiting approval) and 已处置
 * (disposed, final). Idle, damaged and disposal states are flagged on the pages.
 */
public enum AssetStatus {
    IN_USE, IDLE, DAMAGED, DISPOSAL_REQUESTED, DISPOSED;

    private static final Set<AssetStatus> FLAGGED = Set.of(IDLE, DAMAGED, DISPOSAL_REQUESTED, DISPOSED);

    /** Whether the pages flag the asset (闲置, 损毁, 处置). */
    public boolean flagged() { return FLAGGED.contains(this); }

    /** Whether the asset still counts in the ledger's alerts and income duties (not disposed). */
    public boolean active() { return this != DISPOSED; }
}
