package org.fupin.imports;

/** Columns of the 村级基本情况表 (import-templates.md §2); header texts under {@code village.<NAME>}. */
enum VillageFactColumn { YEAR, VILLAGE_CODE, HOUSEHOLDS, POPULATION, VILLAGE_CLASS }
