package org.fupin.assistance;

/** 单位隶属关系 of a helping unit: 省直, 市直, 县直, 乡镇, 村级 (domain.md §4.1). */
public enum UnitLevel { PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE }
