package org.fupin.assistance;

/** What else a cadre is: 第一书记, 驻村工作队长, 驻村队员, 挂职干部, 大学生村官. */
public enum CadreFlag { FIRST_SECRETARY, TEAM_LEADER, TEAM_MEMBER, SECONDED, COLLEGE_GRADUATE }
