-- The registered rural population (村级基本情况) joins the maintained aggregates as dimension RURAL_POPULATION (its
-- persons column), so that no figure sums the village facts per call (at 20,000 villages that sum took ~30 ms of each
-- province call, BENCHMARKS.md). A village-facts import recounts its village-years like a registry write; a rebuild
-- recounts the villages that have facts but no households as well.
-- The function itself is defined in R__region_tally_functions.sql, which also recounts the existing years (ADR 0024).
select 1;
