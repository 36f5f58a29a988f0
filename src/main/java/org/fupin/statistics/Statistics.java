package org.fupin.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.region.Region;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Five-level statistics, always computed from the records: the database sums households per village
 * (set-based), and each village's sums are added to the region and its ancestors within the requested subtree.
 */
@Service
public class Statistics {

    private final StatisticsRepository repository;
    private final RegionDirectory regions;
    private final Dictionaries dictionaries;

    Statistics(StatisticsRepository repository, RegionDirectory regions, Dictionaries dictionaries) {
        this.repository = repository;
        this.regions = regions;
        this.dictionaries = dictionaries;
    }

    @Transactional(readOnly = true)
    public RegionStatistics forRegion(RegionScope scope, String code, int year) {
        RegionCode region = existing(scope, code);
        Tally total = new Tally();
        repository.villageTallies(region, year).values().forEach(total::add);
        return view(region.value(), year, total, dictionaries.forYear(year).get(CodeLists.POVERTY_CAUSE));
    }

    /** The region and every region below it, ordered by code. */
    @Transactional(readOnly = true)
    public List<RegionStatistics> withDescendants(RegionScope scope, String code, int year) {
        RegionCode root = existing(scope, code);
        List<Region> subtree = regions.subtree(scope, code);
        Map<String, Tally> byRegion = new HashMap<>();
        subtree.forEach(r -> byRegion.put(r.code(), new Tally()));
        byRegion.putIfAbsent(root.value(), new Tally());
        repository.villageTallies(root, year).forEach((village, tally) -> {
            for (RegionCode c = new RegionCode(village); c != null; c = c.parent().orElse(null)) {
                Tally target = byRegion.get(c.value());
                if (target != null) target.add(tally);
                if (c.equals(root)) break;
            }
        });
        CodeList causes = dictionaries.forYear(year).get(CodeLists.POVERTY_CAUSE);
        List<RegionStatistics> out = new ArrayList<>();
        byRegion.keySet().stream().sorted().forEach(c -> out.add(view(c, year, byRegion.get(c), causes)));
        return out;
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
