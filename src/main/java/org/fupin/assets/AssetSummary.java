package org.fupin.assets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.fupin.funds.Project;

/**
 * A region's assets for a year: count and value in total, by type, by owner (NONE: no owner yet) and by state;
 * the year's income of productive assets and its parts; the alerts (completed projects without assets, assets
 * without owner or custodian, productive assets without the year's income); and the same figures per child region.
 */
public record AssetSummary(String regionCode, int year, Figure total, Map<String, Figure> byType,
                           Map<String, Figure> byOwner, Map<String, Figure> byStatus, Income income,
                           List<Project> projectsWithoutAssets, Figure withoutOwnerOrCustodian,
                           Figure productiveWithoutIncome, Figure flagged, List<Child> children) {

    /** How many assets and their value in yuan. */
    public record Figure(long count, BigDecimal value) {
        public static final Figure NONE = new Figure(0, BigDecimal.ZERO.setScale(2));

        public Figure plus(BigDecimal v) { return new Figure(count + 1, value.add(v)); }
    }

    /** The year's income of the region's productive assets and where it went. */
    public record Income(BigDecimal income, BigDecimal toHouseholds, BigDecimal toCollective, BigDecimal reinvested) {}

    /** A child region's assets. */
    public record Child(String code, String name, Figure figure) {}
}
