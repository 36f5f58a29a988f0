package org.fupin.imports;

/** Columns of the 区划变更表 (ADR 0037); header texts under {@code regionChange.<NAME>}. */
enum RegionChangeColumn { YEAR, OLD_CODE, NEW_CODE, KIND, NEW_NAME }
