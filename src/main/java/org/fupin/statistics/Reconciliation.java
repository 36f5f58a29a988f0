package org.fupin.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fupin.region.Region;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks that the figures reconcile: every stored household size equals a recount of its member rows, every
 * village's maintained aggregates equal a fresh count from the records, and every region's additive figures equal
 * the sum of its children's. Answers each difference found (empty = reconciled).
 */
@Service
public class Reconciliation {

    /** One difference: where, which figure, the stored or parent value and the recount or sum of children. */
    public record Difference(String where, String figure, long expected, long found) {}

    private final Statistics statistics;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;

    Reconciliation(Statistics statistics, RegionDirectory regions, JdbcClient jdbc) {
        this.statistics = statistics;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** Not read-only: the recount fills temporary tables of the transaction. */
    @Transactional
    public List<Difference> check(RegionScope scope, String code, int year) {
        RegionCode root = scope.require(code);
        List<Difference> differences = new ArrayList<>(recount(root, year));
        differences.addAll(staleAggregates(root, year));
        Map<String, RegionStatistics> figures = new HashMap<>();
        statistics.withDescendants(scope, code, year).forEach(f -> figures.put(f.region(), f));
        List<Region> subtree = regions.subtree(scope, code, year); // the tree of the year (ADR 0037)
        Map<String, List<Region>> childrenOf = new HashMap<>();
        subtree.forEach(r -> childrenOf.computeIfAbsent(r.parentCode(), p -> new ArrayList<>()).add(r));
        for (Region region : subtree) {
            List<Region> children = childrenOf.getOrDefault(region.code(), List.of());
            if (children.isEmpty() || !figures.containsKey(region.code())) continue;
            RegionStatistics parent = figures.get(region.code());
            long[] sum = new long[FIGURES.length];
            for (Region child : children) {
                long[] values = additive(figures.get(child.code()));
                for (int i = 0; i < sum.length; i++) sum[i] += values[i];
            }
            long[] own = additive(parent);
            for (int i = 0; i < sum.length; i++) {
                if (own[i] != sum[i]) differences.add(new Difference(region.code(), FIGURES[i], own[i], sum[i]));
            }
        }
        return differences;
    }

    private static final String[] FIGURES = {"households", "persons", "poorHouseholds", "poorPersons",
            "exitedHouseholds", "exitedPersons", "returnedHouseholds", "ruralPopulation"};

    private static long[] additive(RegionStatistics f) {
        return new long[] {f.households(), f.persons(), f.poorHouseholds(), f.poorPersons(), f.exitedHouseholds(),
                f.exitedPersons(), f.returnedHouseholds(), f.ruralPopulation()};
    }

    /**
     * The maintained village aggregates against a fresh count from the records (grain: village × dimension × value);
     * the levels above are checked by the sums of children.
     */
    private List<Difference> staleAggregates(RegionCode root, int year) {
        return jdbc.sql("select * from tally_differences(:year, :lowest, :highest)")
                .param("year", year).param("lowest", root.lowestDescendant()).param("highest", root.highestDescendant())
                .query((rs, n) -> rs.getLong(3) != rs.getLong(4)
                        ? new Difference(rs.getString(1), "households " + rs.getString(2), rs.getLong(3), rs.getLong(4))
                        : rs.getLong(5) != rs.getLong(6)
                        ? new Difference(rs.getString(1), "persons " + rs.getString(2), rs.getLong(5), rs.getLong(6))
                        : new Difference(rs.getString(1), "netIncome " + rs.getString(2), rs.getBigDecimal(7).longValue(),
                                rs.getBigDecimal(8).longValue()))
                .list();
    }

    /** Household sizes as stored against a count of the member rows (grain: household-year). */
    private List<Difference> recount(RegionCode root, int year) {
        return jdbc.sql("""
                select h.household_number, h.member_count, count(p.id) as members
                from household h left join person p on p.county_code = h.county_code and p.household_id = h.id
                where h.year = :year and h.village_code between :lowest and :highest
                group by h.id, h.household_number, h.member_count
                having h.member_count <> count(p.id)
                """).param("year", year).param("lowest", root.lowestDescendant()).param("highest", root.highestDescendant())
                .query((rs, n) -> new Difference("household " + rs.getString(1), "memberCount", rs.getLong(2), rs.getLong(3)))
                .list();
    }
}
