package org.fupin.imports;

/**
 * A household already registered for the year whose 脱贫状态 a registry file changes (codes: 0 未脱贫, 1 已脱贫,
 * 3 返贫): part of a 动态调整 batch that a county administrator confirms.
 */
public record StatusChange(int row, int year, String villageCode, String householdNumber, String before, String after) {}
