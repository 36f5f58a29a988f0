package org.fupin.assets;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.fupin.assets.domain.AssetStatus;
import org.fupin.assets.domain.AssetType;
import org.fupin.assets.domain.OwnerKind;
import org.fupin.funds.Project;
import org.fupin.funds.ProjectLibrary;
import org.fupin.region.Region;
import org.fupin.region.RegionCode;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's figures and lists for a region (any level) and year. Every figure is counted from the same list the
 * page links to ({@link #list}), so a count and its list always agree.
 */
@Service
public class AssetLedger {

    private final AssetRepository repository;
    private final ProjectLibrary library;
    private final RegionDirectory regions;

    AssetLedger(AssetRepository repository, ProjectLibrary library, RegionDirectory regions) {
        this.repository = repository;
        this.library = library;
        this.regions = regions;
    }

    /** The assets of the region that the filter keeps, by village and name. */
    @Transactional(readOnly = true)
    public List<Asset> list(RegionScope scope, String regionCode, AssetFilter filter) {
        RegionCode region = known(scope, regionCode);
        Set<Long> earned = filter.alert() == AssetFilter.Alert.PRODUCTIVE_WITHOUT_INCOME
                ? new HashSet<>(repository.withIncome(region, filter.year())) : Set.of();
        return repository.inRegion(region).stream().filter(keeps(filter, earned)).toList();
    }

    /** Completed or announced projects of the region (any year) that have no asset registered. */
    @Transactional(readOnly = true)
    public List<Project> projectsWithoutAssets(RegionScope scope, String regionCode) {
        RegionCode region = scope.require(regionCode);
        Set<Long> with = new HashSet<>(repository.projectsWithAssets(region));
        return library.completed(scope, regionCode).stream().filter(p -> !with.contains(p.id())).toList();
    }

    @Transactional(readOnly = true)
    public AssetSummary summary(RegionScope scope, String regionCode, int year) {
        RegionCode region = known(scope, regionCode);
        List<Asset> all = repository.inRegion(region);
        Set<Long> earned = new HashSet<>(repository.withIncome(region, year));
        Map<String, AssetSummary.Figure> byType = tally(all, a -> a.type().name(), names(AssetType.values()));
        List<String> owners = new java.util.ArrayList<>(names(OwnerKind.values()));
        owners.add(AssetFilter.NO_OWNER);
        Map<String, AssetSummary.Figure> byOwner = tally(all, a -> a.ownerKind() == null ? AssetFilter.NO_OWNER
                : a.ownerKind().name(), owners);
        Map<String, AssetSummary.Figure> byStatus = tally(all, a -> a.status().name(), names(AssetStatus.values()));
        List<AssetSummary.Child> children = children(scope, region, all);
        return new AssetSummary(region.value(), year, figure(all, a -> true), byType, byOwner, byStatus,
                repository.incomeOfYear(region, year), projectsWithoutAssets(scope, regionCode),
                figure(all, keeps(alert(AssetFilter.Alert.WITHOUT_OWNER_OR_CUSTODIAN, year), earned)),
                figure(all, keeps(alert(AssetFilter.Alert.PRODUCTIVE_WITHOUT_INCOME, year), earned)),
                figure(all, keeps(alert(AssetFilter.Alert.FLAGGED, year), earned)), children);
    }

    /** The years with an income recorded in the region and the given current year, newest first: what the picker offers. */
    @Transactional(readOnly = true)
    public List<Integer> years(RegionScope scope, String regionCode, int current) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(repository.incomeYears(scope.require(regionCode)));
        years.add(current);
        return List.copyOf(years);
    }

    /** A region of the tree within the scope; otherwise out of scope (pages, REST and CLI answer "not found"). */
    private RegionCode known(RegionScope scope, String regionCode) {
        RegionCode region = scope.require(regionCode);
        if (regions.find(scope, region.value()).isEmpty()) throw new RegionScope.OutOfScopeException(regionCode);
        return region;
    }

    private static AssetFilter alert(AssetFilter.Alert alert, int year) {
        return new AssetFilter(null, null, null, alert, year);
    }

    /**
     * The region's children of the latest tree, and the ended children (merged or abolished, ADR 0037) that still
     * hold assets, so the rows add up to the total.
     */
    private List<AssetSummary.Child> children(RegionScope scope, RegionCode region, List<Asset> all) {
        List<Region> children = new java.util.ArrayList<>(regions.children(scope, region.value()));
        Set<String> listed = new HashSet<>(children.stream().map(Region::code).toList());
        for (Asset a : all) {
            Optional<RegionCode> child = Optional.of(RegionCode.of(a.villageCode()));
            while (child.get().parent().filter(p -> !p.equals(region) && region.contains(p)).isPresent()) {
                child = child.get().parent();
            }
            child.filter(c -> c.parent().map(region::equals).orElse(false) && listed.add(c.value()))
                    .flatMap(c -> regions.find(scope, c.value())).ifPresent(children::add);
        }
        children.sort(java.util.Comparator.comparing(Region::code));
        return children.stream().map(c -> child(c, all)).toList();
    }

    private static AssetSummary.Child child(Region c, List<Asset> all) {
        String prefix = RegionCode.of(c.code()).prefix();
        return new AssetSummary.Child(c.code(), c.name(), figure(all, a -> a.villageCode().startsWith(prefix)));
    }

    private static Predicate<Asset> keeps(AssetFilter f, Set<Long> earned) {
        return a -> (f.type() == null || a.type() == f.type())
                && (f.owner() == null || f.owner().equals(a.ownerKind() == null ? AssetFilter.NO_OWNER : a.ownerKind().name()))
                && (f.status() == null || a.status() == f.status())
                && (f.alert() == null || raises(f.alert(), a, f.year(), earned));
    }

    private static boolean raises(AssetFilter.Alert alert, Asset a, int year, Set<Long> earned) {
        return switch (alert) {
            case WITHOUT_OWNER_OR_CUSTODIAN -> a.lacksOwnerOrCustodian();
            case PRODUCTIVE_WITHOUT_INCOME -> a.type().earnsIncome() && a.status().active()
                    && a.completedOn().getYear() <= year && !earned.contains(a.id());
            case FLAGGED -> a.status().flagged();
        };
    }

    private static Map<String, AssetSummary.Figure> tally(List<Asset> all, Function<Asset, String> key,
                                                         List<String> keys) {
        Map<String, AssetSummary.Figure> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, AssetSummary.Figure.NONE));
        all.forEach(a -> out.merge(key.apply(a), AssetSummary.Figure.NONE.plus(a.value()),
                (x, y) -> new AssetSummary.Figure(x.count() + y.count(), x.value().add(y.value()))));
        return out;
    }

    private static AssetSummary.Figure figure(List<Asset> all, Predicate<Asset> keep) {
        AssetSummary.Figure f = AssetSummary.Figure.NONE;
        for (Asset a : all) if (keep.test(a)) f = f.plus(a.value());
        return f;
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** How many assets a list holds and their value: the line under the list. */
    public AssetSummary.Figure summaryOf(List<Asset> assets) {
        return figure(assets, a -> true);
    }

    static BigDecimal sum(List<Asset> assets) {
        return assets.stream().map(Asset::value).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
