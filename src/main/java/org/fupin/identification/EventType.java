package org.fupin.identification;

/**
 * 动态调整 event types (domain.md §7.2). The status a type sets, if any, is a 脱贫状态 code: 新识别 → 0, 脱贫 → 1,
 * 返贫 → 3, 标注 → 3 (a 2014–2016 exit found not to meet 两不愁三保障 is marked as returned).
 */
public enum EventType {
    NEW_IDENTIFICATION("0"),
    EXIT("1"),
    RETURN("3"),
    NATURAL_INCREASE(null),
    NATURAL_DECREASE(null),
    HOUSEHOLD_DISSOLVED(null),
    REMOVAL(null),
    MARKING("3"),
    /** 防返贫监测: identified as a monitored household (the 脱贫状态 stays). */
    MONITORING_MARKING(null),
    /** 防返贫监测: risk eliminated (风险消除). */
    RISK_ELIMINATED(null);

    private final String status;

    EventType(String status) { this.status = status; }

    /** The 脱贫状态 code the event sets, or null when it leaves the status as it is. */
    public String status() { return status; }
}
