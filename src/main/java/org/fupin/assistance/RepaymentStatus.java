package org.fupin.assistance;

/** 还款状态 of a micro-credit loan; OVERDUE is the 逾期标志. */
public enum RepaymentStatus { REPAYING, REPAID, OVERDUE }
