package org.fupin.access;

/**
 * What a user does (issue #6). Each user is also bound to a region: the role says which actions, the region
 * which rows. Names of roles in Chinese are in the message bundle ({@code role.<NAME>}).
 */
public enum Role {
    SYSTEM_ADMIN, COUNTY_ADMIN, TOWNSHIP_OFFICER, VILLAGE_CADRE, WORK_TEAM_MEMBER, AUDITOR
}
