package org.fupin.facilities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fupin.audit.AuditLog;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.Dictionaries;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Village public-service facilities (村级公共服务设施) as data: per village and year, one row per facility type of
 * the versioned code list {@link #TYPES}. Imports replace a village's list for a year; pages, REST and CLI read the
 * coverage of a region through these methods.
 */
@Service
public class Facilities {

    /** The dictionary of facility types (seeded by V60). */
    public static final String TYPES = "FACILITY_TYPE";

    private final FacilityRepository repository;
    private final Dictionaries dictionaries;
    private final AuditLog audit;

    Facilities(FacilityRepository repository, Dictionaries dictionaries, AuditLog audit) {
        this.repository = repository;
        this.dictionaries = dictionaries;
        this.audit = audit;
    }

    /** The facility types valid in a year, in display order. */
    public CodeList types(int year) {
        return dictionaries.forYear(year).get(TYPES);
    }

    /**
     * Replaces, for the year, the facility lists of every village that appears in {@code rows} (a village's list is
     * what the file says it has; types it leaves out are removed). Runs in the caller's transaction when there is
     * one (the import's all-or-nothing transaction). Audited.
     */
    @Transactional
    public void replace(int year, List<VillageFacility> rows, String source, String actor) {
        List<String> villages = new ArrayList<>(rows.stream().map(VillageFacility::villageCode)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        repository.replace(year, villages, rows, actor);
        audit.record("VILLAGE_FACILITIES", String.valueOf(year), source + " villages=" + villages.size()
                + " rows=" + rows.size());
    }

    /** Village code → households of the year's village facts (null value: village without facts); unknown codes absent. */
    @Transactional(readOnly = true)
    public Map<String, Integer> knownVillages(int year, List<String> villageCodes) {
        return repository.knownVillages(year, villageCodes);
    }

    @Transactional(readOnly = true)
    public List<VillageFacility> rows(RegionScope scope, String regionCode, int year) {
        return repository.rows(scope.require(regionCode), year);
    }

    /** The years with facility rows in the region, ascending. */
    @Transactional(readOnly = true)
    public List<Integer> years(RegionScope scope, String regionCode) {
        return repository.years(scope.require(regionCode));
    }

    @Transactional(readOnly = true)
    public Coverage coverage(RegionScope scope, String regionCode, int year) {
        RegionCode region = scope.require(regionCode);
        Map<Coverage.Village, Boolean> villages = repository.villages(region, year);
        List<Coverage.Village> reported = villages.entrySet().stream().filter(Map.Entry::getValue)
                .map(Map.Entry::getKey).toList();
        List<Coverage.Village> notReported = villages.entrySet().stream().filter(e -> !e.getValue())
                .map(Map.Entry::getKey).toList();
        Map<String, FacilityRepository.TypeCount> counts = repository.counts(region, year).stream()
                .collect(Collectors.toMap(FacilityRepository.TypeCount::type, Function.identity()));
        Map<String, List<String>> with = repository.villagesWith(region, year);
        List<Coverage.TypeCoverage> types = new ArrayList<>();
        for (CodeList.Entry type : types(year).entries()) {
            FacilityRepository.TypeCount count = counts.get(type.code());
            Set<String> having = new HashSet<>(with.getOrDefault(type.code(), List.of()));
            types.add(new Coverage.TypeCoverage(type.code(), type.label(), count == null ? 0 : count.villagesWith(),
                    count == null ? 0 : count.villagesMeetingStandard(), count == null ? 0 : count.householdsCovered(),
                    reported.stream().filter(v -> !having.contains(v.code())).toList()));
        }
        return new Coverage(region.value(), year, villages.size(), reported.size(), types, notReported);
    }
}
