package org.fupin.funds;

import java.math.BigDecimal;

/**
 * Where the money of a year's allocations went in a region: everything paid, the part paid to projects in
 * 建档立卡贫困村 and in 巩固提升村 (village class of the latest village facts up to the year), and the part paid to
 * projects that name registered households as beneficiaries; shares in per cent (scale 2, null when nothing paid).
 */
public record FundShare(String regionCode, int year, BigDecimal allocated, BigDecimal paid, BigDecimal paidToPoorVillages,
                        BigDecimal paidToConsolidationVillages, BigDecimal paidForRegisteredHouseholds,
                        BigDecimal poorVillageShare, BigDecimal consolidationVillageShare,
                        BigDecimal registeredHouseholdShare) {
}
