package org.fupin.household.domain;

/**
 * The items of 转移性收入 (domain.md §1.5: 养老金, 低保金, 特困供养金, 生态补偿金, other policy transfers such as medical
 * reimbursement, 危改 subsidy, 雨露计划 or 临时救助, and the rest), each an optional column of the registry template.
 * Which items count towards the exit income is data, per year and region: parameter
 * {@code EXIT_COUNTS_TRANSFER.<ITEM>} (1 counts, 0 does not).
 */
public enum TransferItem {
    PENSION(RegistryColumn.TRANSFER_PENSION), DIBAO(RegistryColumn.TRANSFER_DIBAO),
    SUPPORT(RegistryColumn.TRANSFER_SUPPORT), ECOLOGICAL(RegistryColumn.TRANSFER_ECOLOGICAL),
    OTHER_POLICY(RegistryColumn.TRANSFER_OTHER_POLICY), OTHER(RegistryColumn.TRANSFER_OTHER);

    private final RegistryColumn column;

    TransferItem(RegistryColumn column) { this.column = column; }

    public RegistryColumn column() { return column; }

    /** The parameter that says whether the item counts towards the exit income. */
    public String exitParameter() { return "EXIT_COUNTS_TRANSFER." + name(); }
}
