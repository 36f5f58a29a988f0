package org.fupin.identification.domain;

import java.util.Set;

/**
 * The steps of the three household procedures (domain.md §2.1, §3.3, §7.2), with the roles that may record each (the
 * system administrator may record any), whether the step is a meeting with a vote, and the kind of public notice
 * it waits on (null for none). Role and notice kinds are names, as stored.
 */
public enum Step {
    // 识别: 申请 → 民主评议 → 核实 → 第一次公示 → 乡镇审核 → 第二次公示 → 县审定 → 公告
    APPLICATION(Set.of("VILLAGE_CADRE", "WORK_TEAM_MEMBER"), false, null),
    DEMOCRATIC_APPRAISAL(Set.of("VILLAGE_CADRE"), true, null),
    VERIFICATION(Set.of("VILLAGE_CADRE", "WORK_TEAM_MEMBER"), false, null),
    FIRST_NOTICE(Set.of("VILLAGE_CADRE"), false, "IDENTIFICATION_FIRST"),
    TOWNSHIP_REVIEW(Set.of("TOWNSHIP_OFFICER"), false, null),
    SECOND_NOTICE(Set.of("VILLAGE_CADRE", "TOWNSHIP_OFFICER"), false, "IDENTIFICATION_SECOND"),
    COUNTY_APPROVAL(Set.of("COUNTY_ADMIN"), false, null),
    ANNOUNCEMENT(Set.of("VILLAGE_CADRE", "COUNTY_ADMIN"), false, "ANNOUNCEMENT"),
    // 退出: 村两委评议 → 核实 → 户签字认可 → 公示 → 公告 → 销号
    EXIT_APPRAISAL(Set.of("VILLAGE_CADRE"), true, null),
    EXIT_VERIFICATION(Set.of("VILLAGE_CADRE", "WORK_TEAM_MEMBER"), false, null),
    HOUSEHOLD_CONSENT(Set.of("VILLAGE_CADRE", "WORK_TEAM_MEMBER"), false, null),
    EXIT_NOTICE(Set.of("VILLAGE_CADRE"), false, "EXIT"),
    EXIT_ANNOUNCEMENT(Set.of("VILLAGE_CADRE", "COUNTY_ADMIN"), false, "EXIT_ANNOUNCEMENT"),
    DEREGISTRATION(Set.of("COUNTY_ADMIN"), false, null),
    // 剔除 (错评, domain.md §7.2): 村民代表评议 → 公示 → 县审定剔除; the finding itself (e.g. a reviewed comparison hit)
    // is the case's evidence.
    REMOVAL_APPRAISAL(Set.of("VILLAGE_CADRE"), true, null),
    REMOVAL_NOTICE(Set.of("VILLAGE_CADRE"), false, "REMOVAL"),
    REMOVAL_APPROVAL(Set.of("COUNTY_ADMIN"), false, null);

    public static final String ADMIN_ROLE = "SYSTEM_ADMIN";

    private final Set<String> roles;
    private final boolean meeting;
    private final String noticeKind;

    Step(Set<String> roles, boolean meeting, String noticeKind) {
        this.roles = roles;
        this.meeting = meeting;
        this.noticeKind = noticeKind;
    }

    public Set<String> roles() { return roles; }

    public boolean isMeeting() { return meeting; }

    public String noticeKind() { return noticeKind; }

    public boolean waitsOnNotice() { return noticeKind != null; }

    public boolean mayBeRecordedBy(String role) {
        return ADMIN_ROLE.equals(role) || roles.contains(role);
    }
}
