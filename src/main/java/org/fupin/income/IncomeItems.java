package org.fupin.income;

import java.math.RoundingMode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Household income items (收入明细) written by the features that pay a household (an asset's dividend), read by
 * the household page and REST. The callers check the user's region scope; row-level security backs it (by village).
 */
@Service
public class IncomeItems {

    private final JdbcClient jdbc;

    IncomeItems(JdbcClient jdbc) { this.jdbc = jdbc; }

    /** Records the items in the caller's transaction; an item of the same household, year and source is refused. */
    @Transactional
    public void record(List<IncomeItem.New> items, String actor) {
        for (IncomeItem.New i : items) {
            jdbc.sql("""
                    insert into income_item (county_code, village_code, household_number, year, component, item, amount,
                                             source, description, paid_on, recorded_by)
                    values (:county, :village, :number, :year, :component, :item, :amount, :source, :description, :paid,
                            :actor)
                    """).param("county", i.countyCode()).param("village", i.villageCode())
                    .param("number", i.householdNumber()).param("year", i.year()).param("component", i.component().name())
                    .param("item", i.item()).param("amount", i.amount().setScale(2, RoundingMode.UNNECESSARY))
                    .param("source", i.source()).param("description", i.description()).param("paid", i.paidOn())
                    .param("actor", actor).update();
        }
    }

    /** The items of one household (county and 户编号), newest year first. */
    @Transactional(readOnly = true)
    public List<IncomeItem> ofHousehold(String countyCode, String householdNumber) {
        return jdbc.sql(SELECT + " where county_code = :county and household_number = :number order by year desc, id")
                .param("county", countyCode).param("number", householdNumber).query(IncomeItem.class).list();
    }

    /** The items paid by one source record (e.g. {@code asset-income:12}), by household number. */
    @Transactional(readOnly = true)
    public List<IncomeItem> ofSource(String source) {
        return jdbc.sql(SELECT + " where source = :source order by household_number")
                .param("source", source).query(IncomeItem.class).list();
    }

    private static final String SELECT = """
            select id, county_code, village_code, household_number, year, component, item, amount, source, description,
                   paid_on from income_item
            """;
}
