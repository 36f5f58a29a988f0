package org.fupin.income;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A household's income for one year in yuan (scale 2): the four components and the production cost.
 * 家庭纯收入 = 工资性 + 生产经营性 + 财产性 + 转移性 − 生产经营性支出 (domain.md §1.5).
 */
public record AnnualIncome(BigDecimal wage, BigDecimal business, BigDecimal property, BigDecimal transfer,
                           BigDecimal businessExpense) {

    public AnnualIncome {
        Objects.requireNonNull(wage);
        Objects.requireNonNull(business);
        Objects.requireNonNull(property);
        Objects.requireNonNull(transfer);
        Objects.requireNonNull(businessExpense);
    }

    public static AnnualIncome of(String wage, String business, String property, String transfer, String expense) {
        return new AnnualIncome(new BigDecimal(wage), new BigDecimal(business), new BigDecimal(property),
                new BigDecimal(transfer), new BigDecimal(expense));
    }

    /** 家庭纯收入, exact, scale 2. */
    public BigDecimal netIncome() {
        return wage.add(business).add(property).add(transfer).subtract(businessExpense).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** 人均纯收入 = 家庭纯收入 / 家庭人口数, rounded half-up to 0.01 yuan; may be negative. */
    public BigDecimal netIncomePerCapita(int members) {
        if (members <= 0) throw new IllegalArgumentException("A household has at least one member");
        return netIncome().divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    }
}
