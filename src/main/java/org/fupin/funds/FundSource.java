package org.fupin.funds;

/** 资金来源: 中央, 省, 市, 县, 统筹整合, 社会 (domain.md §4.5). */
public enum FundSource { CENTRAL, PROVINCE, CITY, COUNTY, INTEGRATED, SOCIAL }
