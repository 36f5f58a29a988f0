package org.fupin.imports;

/** Columns of the 行政区划表 (import-templates.md §1); header texts under {@code region.<NAME>}. */
enum RegionColumn { CODE, NAME, URBAN_RURAL_CODE }
