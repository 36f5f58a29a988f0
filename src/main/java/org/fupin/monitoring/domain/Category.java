package org.fupin.monitoring.domain;

/** The three kinds of monitored households since 2021 (domain.md §5.2). */
public enum Category {
    /** 脱贫不稳定户: an exited household within the range (or unstable) with a risk of returning to poverty. */
    UNSTABLE_EXITED,
    /** 边缘易致贫户: an ordinary household within the range with a risk of falling into poverty. */
    MARGINAL,
    /** 突发严重困难户: any household above the range whose rigid expenditure or income loss makes living hard. */
    SEVERE_DIFFICULTY
}
