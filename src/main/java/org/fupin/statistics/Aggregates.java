package org.fupin.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fupin.household.RegistryChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the per-region aggregates behind every figure in step with the records (ADR 0019): each registry write
 * recounts its village-years in the same transaction and passes the difference up to the four levels above; a
 * rebuild recounts whole years in one pass over each table.
 */
@Service
public class Aggregates {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Aggregates.class);

    private final JdbcClient jdbc;

    Aggregates(JdbcClient jdbc) { this.jdbc = jdbc; }

    /**
     * A write that touches fewer villages of a year than this never asks how many the year has: the village recount
     * it gets is the cheaper one anyway.
     */
    static final int WHOLE_YEAR_MIN_VILLAGES = 20;

    /**
     * Runs inside the writer's transaction: the figures change with the records or not at all. A year of which the
     * write touched at least half the villages is recounted whole (the rebuild's one pass, issue #22: from there on
     * cheaper than the village recount, BENCHMARKS.md); the other village-years village by village.
     */
    @EventListener
    void registryChanged(RegistryChanged change) {
        if (change.years().isEmpty()) return;
        long start = System.nanoTime();
        Set<Integer> whole = wholeYears(change);
        List<Integer> years = new ArrayList<>();
        List<String> villages = new ArrayList<>();
        for (int i = 0; i < change.years().size(); i++) {
            if (whole.contains(change.years().get(i))) continue;
            years.add(change.years().get(i));
            villages.add(change.villages().get(i));
        }
        if (!whole.isEmpty()) {
            jdbc.sql("select tally_rebuild(:years::int[])").param("years", whole.toArray(Integer[]::new))
                    .query((rs, n) -> 0).list();
        }
        if (!years.isEmpty()) {
            jdbc.sql("select tally_refresh(:years, :villages)")
                    .param("years", years.toArray(Integer[]::new))
                    .param("villages", villages.toArray(String[]::new))
                    .query((rs, n) -> 0).list();
        }
        log.debug("aggregates of {} village-years recounted in {} ms (whole years {})", change.years().size(),
                (System.nanoTime() - start) / 1_000_000, whole);
    }

    /** The years of {@code change} that touch at least half of the villages valid in that year. */
    Set<Integer> wholeYears(RegistryChanged change) {
        Map<Integer, Set<String>> touched = new HashMap<>();
        for (int i = 0; i < change.years().size(); i++) {
            touched.computeIfAbsent(change.years().get(i), y -> new HashSet<>()).add(change.villages().get(i));
        }
        touched.values().removeIf(v -> v.size() < WHOLE_YEAR_MIN_VILLAGES);
        if (touched.isEmpty()) return Set.of();
        Set<Integer> whole = new TreeSet<>();
        jdbc.sql("""
                select y.year, count(r.code) as villages from unnest(:years::int[]) y(year)
                left join region r on r.level = 'VILLAGE' and coalesce(r.valid_from, 0) <= y.year
                    and coalesce(r.valid_until, 9999) > y.year
                group by y.year
                """).param("years", touched.keySet().toArray(Integer[]::new)).query(rs -> {
            if (isMostOf(touched.get(rs.getInt(1)).size(), rs.getLong(2))) whole.add(rs.getInt(1));
        });
        return whole;
    }

    /** Half or more of a year's villages: the whole-year recount costs no more than the village one (BENCHMARKS.md). */
    static boolean isMostOf(long touchedVillages, long villagesOfYear) {
        return touchedVillages >= WHOLE_YEAR_MIN_VILLAGES && touchedVillages * 2 >= villagesOfYear;
    }

    /**
     * Recounts every region's aggregates of the given years (all years when empty) from the records, writing only the
     * rows that differ (ADR 0040).
     */
    @Transactional
    public void rebuild(List<Integer> years) {
        long start = System.nanoTime();
        jdbc.sql("""
                select tally_rebuild(case when cardinality(:years::int[]) = 0
                                          then array(select year from household union select year from village_fact) else :years::int[] end)
                """).param("years", years.toArray(Integer[]::new)).query((rs, n) -> 0).list();
        log.info("aggregates of {} rebuilt in {} ms", years.isEmpty() ? "every year" : years,
                (System.nanoTime() - start) / 1_000_000);
    }
}
