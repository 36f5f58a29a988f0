package org.fupin.assistance;

/** Where a household measure stands. */
public enum MeasureStatus { PLANNED, IN_PROGRESS, DONE, CANCELLED }
