package org.fupin.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.household.RecordYears;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.region.Region;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionHistory;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five-level statistics read from the aggregates maintained with the records ({@link Aggregates}): any region's
 * figures are one index lookup, whatever its size. {@link Reconciliation} checks them against a recount.
 */
@Service
public class Statistics implements RecordYears {

    private final StatisticsRepository repository;
    private final RegionDirectory regions;
    private final Dictionaries dictionaries;
    private final RegionHistory history;

    /** Dimension → the code list that labels its values (dimensions without one use their own codes). */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("ATTRIBUTE", CodeLists.HOUSEHOLD_ATTRIBUTE),
            Map.entry("IDENTIFICATION_STANDARD", CodeLists.IDENTIFICATION_STANDARD),
            Map.entry("MAIN_CAUSE", CodeLists.POVERTY_CAUSE), Map.entry("POVERTY_STATUS", CodeLists.POVERTY_STATUS),
            Map.entry("HOUSING_SAFETY", CodeLists.HOUSING_SAFETY), Map.entry("SAFE_WATER", CodeLists.YES_NO),
            Map.entry("ELECTRICITY", CodeLists.YES_NO), Map.entry("LABOUR_SKILL", CodeLists.LABOUR_SKILL),
            Map.entry("WORK_STATUS", CodeLists.WORK_STATUS), Map.entry("EDUCATION", CodeLists.EDUCATION),
            Map.entry("SCHOOLING", CodeLists.SCHOOLING), Map.entry("ETHNICITY", CodeLists.ETHNICITY),
            Map.entry("SEX", CodeLists.SEX), Map.entry("HEALTH", CodeLists.HEALTH));

    Statistics(StatisticsRepository repository, RegionDirectory regions, Dictionaries dictionaries,
               RegionHistory history) {
        this.repository = repository;
        this.history = history;
        this.regions = regions;
        this.dictionaries = dictionaries;
    }

    @Transactional(readOnly = true)
    public RegionStatistics forRegion(RegionScope scope, String code, int year) {
        RegionCode region = existing(scope, code);
        Tally total = repository.tallies(region, year, false).getOrDefault(region.value(), new Tally());
        return view(region.value(), year, total, dictionaries.forYear(year).get(CodeLists.POVERTY_CAUSE));
    }

    /** The region and every region below it in the tree of the year, ordered by code. */
    @Transactional(readOnly = true)
    public List<RegionStatistics> withDescendants(RegionScope scope, String code, int year) {
        RegionCode root = existing(scope, code);
        Map<String, Tally> stored = repository.tallies(root, year, true);
        Map<String, Tally> byRegion = new HashMap<>();
        regions.subtree(scope, code, year).forEach(r -> byRegion.put(r.code(), stored.getOrDefault(r.code(), new Tally())));
        byRegion.putIfAbsent(root.value(), stored.getOrDefault(root.value(), new Tally()));
        CodeList causes = dictionaries.forYear(year).get(CodeLists.POVERTY_CAUSE);
        List<RegionStatistics> out = new ArrayList<>();
        byRegion.keySet().stream().sorted().forEach(c -> out.add(view(c, year, byRegion.get(c), causes)));
        return out;
    }

    /**
     * The region and its children (what a region page shows), ordered by code: one lookup of the maintained
     * aggregates, whatever the size of the subtree.
     */
    @Transactional(readOnly = true)
    public List<RegionStatistics> withChildren(RegionScope scope, String code, int year) {
        RegionCode root = existing(scope, code);
        List<String> codes = new ArrayList<>(List.of(root.value()));
        regions.children(scope, code, year).forEach(r -> codes.add(r.code()));
        Map<String, Tally> stored = repository.tallies(codes, year);
        CodeList causes = dictionaries.forYear(year).get(CodeLists.POVERTY_CAUSE);
        List<RegionStatistics> out = new ArrayList<>();
        for (String c : codes) out.add(view(c, year, stored.getOrDefault(c, new Tally()), causes));
        return out;
    }

    /** Years with registry records within the scope, newest first. */
    @Transactional(readOnly = true)
    @Override
    public List<Integer> years(RegionScope scope) {
        return repository.years(scope.lowestCode(), scope.highestCode());
    }

    /**
     * The region's figures for every year with records, oldest first (the series behind its charts). Across a
     * merger, a move or a re-issued code, each year before the change adds the figures of the predecessors
     * ({@link #predecessors}, which pages and REST show beside the series; ADR 0037).
     */
    @Transactional(readOnly = true)
    public List<RegionStatistics> series(RegionScope scope, String code) {
        RegionCode region = existing(scope, code);
        Map<Integer, Tally> byYear = repository.talliesByYear(region);
        for (RegionHistory.Predecessor p : history.predecessors(scope, code)) {
            repository.talliesByYear(RegionCode.of(p.code())).forEach((year, tally) -> {
                if (year < p.untilYear()) byYear.computeIfAbsent(year, y -> new Tally()).add(tally);
            });
        }
        List<RegionStatistics> out = new ArrayList<>();
        byYear.forEach((year, tally) ->
                out.add(view(region.value(), year, tally, dictionaries.forYear(year).get(CodeLists.POVERTY_CAUSE))));
        return out;
    }

    /** The regions whose earlier figures {@link #series} includes, with the year each joined this one. */
    @Transactional(readOnly = true)
    public List<RegionHistory.Predecessor> predecessors(RegionScope scope, String code) {
        existing(scope, code);
        return history.predecessors(scope, code);
    }

    /** How the region's households and persons divide along every dimension, labelled from the year's code lists. */
    @Transactional(readOnly = true)
    public Composition composition(RegionScope scope, String code, int year) {
        RegionCode region = existing(scope, code);
        CodeLists codes = dictionaries.forYear(year);
        Map<String, List<Composition.Part>> dimensions = new java.util.TreeMap<>();
        for (StatisticsRepository.CompositionRow row : repository.composition(region, year)) {
            String list = LABELS.get(row.dimension());
            String label = list == null ? row.code() : codes.get(list).label(row.code()).orElse(row.code());
            dimensions.computeIfAbsent(row.dimension(), d -> new ArrayList<>())
                    .add(new Composition.Part(row.code(), label, row.households(), row.persons()));
        }
        dimensions.values().forEach(parts -> parts.sort(java.util.Comparator.comparing(Composition.Part::code)));
        return new Composition(region.value(), year, dimensions);
    }

    /** Unknown and out-of-scope regions look the same to the caller. */
    private RegionCode existing(RegionScope scope, String code) {
        RegionCode region = scope.require(code);
        if (regions.find(scope, code).isEmpty()) throw new RegionScope.OutOfScopeException(code);
        return region;
    }

    private static RegionStatistics view(String code, int year, Tally t, CodeList causes) {
        Map<String, Long> byCause = new LinkedHashMap<>();
        causes.entries().forEach(e -> {
            Long n = t.poorByCause.get(e.code());
            if (n != null && n > 0) byCause.put(e.label(), n);
        });
        return new RegionStatistics(code, year, t.households, t.persons, t.poorHouseholds, t.poorPersons,
                t.exitedHouseholds, t.exitedPersons, t.returnedHouseholds, t.ruralPopulation, t.incidencePercent(),
                t.netIncomePerCapita(), t.poorNetIncomePerCapita(), byCause);
    }
}
