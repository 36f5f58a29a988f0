package org.fupin.statistics;

import java.util.List;
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

    /** Runs inside the writer's transaction: the figures change with the records or not at all. */
    @EventListener
    void registryChanged(RegistryChanged change) {
        if (change.years().isEmpty()) return;
        long start = System.nanoTime();
        jdbc.sql("select tally_refresh(:years, :villages)")
                .param("years", change.years().toArray(Integer[]::new))
                .param("villages", change.villages().toArray(String[]::new))
                .query((rs, n) -> 0).list();
        log.debug("aggregates of {} village-years recounted in {} ms", change.years().size(),
                (System.nanoTime() - start) / 1_000_000);
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
