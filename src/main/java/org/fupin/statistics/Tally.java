package org.fupin.statistics;

import org.fupin.kernel.Rates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Additive sums of one region's households (so village sums add up to every region above). Pure. */
final class Tally {

    long households;
    long persons;
    long poorHouseholds;
    long poorPersons;
    long exitedHouseholds;
    long exitedPersons;
    long returnedHouseholds;
    long ruralPopulation;
    BigDecimal netIncome = BigDecimal.ZERO;
    BigDecimal poorNetIncome = BigDecimal.ZERO;
    final Map<String, Long> poorByCause = new LinkedHashMap<>();

    void add(Tally o) {
        households += o.households;
        persons += o.persons;
        poorHouseholds += o.poorHouseholds;
        poorPersons += o.poorPersons;
        exitedHouseholds += o.exitedHouseholds;
        exitedPersons += o.exitedPersons;
        returnedHouseholds += o.returnedHouseholds;
        ruralPopulation += o.ruralPopulation;
        netIncome = netIncome.add(o.netIncome);
        poorNetIncome = poorNetIncome.add(o.poorNetIncome);
        o.poorByCause.forEach((cause, n) -> poorByCause.merge(cause, n, Long::sum));
    }

    /** poor persons / registered rural population × 100, or null without population. */
    BigDecimal incidencePercent() {
        return ruralPopulation == 0 ? null : Rates.percent(poorPersons, ruralPopulation);
    }

    BigDecimal netIncomePerCapita() { return ratio(netIncome, persons); }

    BigDecimal poorNetIncomePerCapita() { return ratio(poorNetIncome, poorPersons); }

    private static BigDecimal ratio(BigDecimal numerator, long denominator) {
        return denominator == 0 ? null : numerator.divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }
}
