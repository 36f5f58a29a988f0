package org.fupin.notice;

/**
 * What a public notice is for. Stored by name; a module that needs another kind adds it here (the table accepts any
 * upper-case name).
 */
public enum NoticeKind {
    /** 第一次公示 (village, after 民主评议 and 核实). */
    IDENTIFICATION_FIRST,
    /** 第二次公示 (each village, after 乡镇审核). */
    IDENTIFICATION_SECOND,
    /** 公告 (after 县审定). */
    ANNOUNCEMENT,
    /** 拟退出公示 (household exit). */
    EXIT,
    /** 退出公告 (household exit). */
    EXIT_ANNOUNCEMENT,
    /** 剔除公示 (a household found wrongly registered, 错评). */
    REMOVAL,
    /** 贫困村退出公示. */
    VILLAGE_EXIT,
    /** 防返贫监测对象公示 (dynamic monitoring). */
    MONITORING,
    /** 扶贫项目资产移交确权公示 (assets of a village handed to their owners and custodians). */
    ASSET_HANDOVER,
    OTHER;

    /** A county's 公告 (after its decision): no objection period, issued by the county, not the village. */
    public boolean isAnnouncement() {
        return this == ANNOUNCEMENT || this == EXIT_ANNOUNCEMENT;
    }
}
