package org.fupin.indicators;

/** Columns of the indicator values table; header texts under {@code indicator.<NAME>}. SET and NAME are optional. */
enum IndicatorValueColumn { YEAR, REGION_CODE, SET, INDICATOR_CODE, NAME, VALUE }
