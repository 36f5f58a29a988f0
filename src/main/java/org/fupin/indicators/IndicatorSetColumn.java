package org.fupin.indicators;

/** Columns of an indicator set table (a province's 小康 indicator table); header texts under {@code indicatorset.<NAME>}. */
enum IndicatorSetColumn {
    SET_CODE, SET_NAME, AREA, CODE, NAME, UNIT, WEIGHT, DIRECTION, TARGET, LOWER, UPPER, LOWER_LIMIT, UPPER_LIMIT, PARENT
}
