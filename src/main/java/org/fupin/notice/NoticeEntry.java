package org.fupin.notice;

/**
 * A household as listed on a notice: what is printed, and nothing else (no ID number, phone, bank account or health
 * detail). {@code householdId} links the registry's household-year when there is one.
 */
public record NoticeEntry(Long householdId, String householdNumber, String headName, int memberCount,
                          String attribute, String cause, String note) {

    public NoticeEntry {
        if (headName == null || headName.isBlank()) throw new IllegalArgumentException("An entry names its head");
        if (memberCount < 1) throw new IllegalArgumentException("A household has at least one member");
        householdNumber = householdNumber == null ? "" : householdNumber;
        attribute = attribute == null ? "" : attribute;
        cause = cause == null ? "" : cause;
        note = note == null ? "" : note;
    }
}
