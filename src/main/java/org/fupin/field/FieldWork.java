package org.fupin.field;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fupin.assistance.AssistanceParameters;
import org.fupin.assistance.CadreAccounts;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.identification.CaseOverview;
import org.fupin.identification.domain.CaseKind;
import org.fupin.monitoring.OpenEpisodes;
import org.fupin.monitoring.Views;
import org.fupin.region.Region;
import org.fupin.region.RegionDirectory;
import org.fupin.region.RegionLevel;
import org.fupin.region.RegionScope;
import org.springframework.stereotype.Service;

/**
 * The work of a village cadre or work-team member in their village (issue #20): the households paired with them
 * and not visited within the configured months, open monitoring episodes with their next step and deadline, open
 * cases of the village with theirs, and the monitored households still waiting for a first measure.
 */
@Service
public class FieldWork {

    /** A household of the user's list to visit: never visited ({@code lastVisit} null) or not since the limit. */
    public record ToVisit(long householdId, String householdNumber, String headName, int members, LocalDate lastVisit) {}

    public record Home(Region village, Organisations.Cadre me, int visitMonths, List<ToVisit> toVisit,
                       List<Views.OpenItem> episodes, List<CaseOverview.Row> cases, List<Views.OpenItem> measuresDue,
                       long households) {}

    private final RegionDirectory regions;
    private final HouseholdRegistry registry;
    private final Organisations organisations;
    private final Pairings pairings;
    private final AssistanceParameters parameters;
    private final OpenEpisodes openEpisodes;
    private final CaseOverview cases;
    private final org.fupin.dictionary.Dictionaries dictionaries;
    private final CadreAccounts accounts;

    FieldWork(RegionDirectory regions, HouseholdRegistry registry, Organisations organisations, Pairings pairings,
              AssistanceParameters parameters, OpenEpisodes openEpisodes, CaseOverview cases,
              org.fupin.dictionary.Dictionaries dictionaries, CadreAccounts accounts) {
        this.accounts = accounts;
        this.dictionaries = dictionaries;
        this.regions = regions;
        this.registry = registry;
        this.organisations = organisations;
        this.pairings = pairings;
        this.parameters = parameters;
        this.openEpisodes = openEpisodes;
        this.cases = cases;
    }

    /** The user's own village: their scope when it is one village (a township scope has none). */
    public Optional<Region> village(RegionScope scope) {
        if (scope.prefix().length() != RegionLevel.VILLAGE.prefixLength()) return Optional.empty();
        return regions.find(scope, scope.lowestCode()).filter(r -> r.level() == RegionLevel.VILLAGE);
    }

    /**
     * The cadre the user is, among the cadres of the village: the cadre linked to the account when a link is set
     * (none when that cadre is not of the village), else the only one whose name is the user's real name (ADR 0038;
     * none when the name is missing or shared).
     */
    public Optional<Organisations.Cadre> me(String villageCode, String username, String realName) {
        Optional<Long> linked = accounts.cadreOf(username);
        if (linked.isPresent()) return cadres(villageCode).stream().filter(c -> c.id() == linked.get()).findFirst();
        if (realName == null || realName.isBlank()) return Optional.empty();
        List<Organisations.Cadre> named = cadres(villageCode).stream()
                .filter(c -> c.name().equals(realName.strip())).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The cadres of the household's region only (ADR 0032), by name, for the field forms' pickers. */
    public List<Organisations.Cadre> cadres(String villageCode) {
        return organisations.cadres(new RegionScope(villageCode)).stream()
                .sorted(Comparator.comparing(Organisations.Cadre::name)).toList();
    }

    /** The measure categories of the year's code list (MEASURE_CATEGORY), for the measure forms. */
    public List<org.fupin.dictionary.CodeList.Entry> measureCategories(LocalDate on) {
        var list = dictionaries.forYear(on.getYear()).lists().get(org.fupin.assistance.HouseholdAssistance.CATEGORIES);
        return list == null ? List.of() : list.entries();
    }

    /** The latest year's households of the village, by 户编号. */
    public List<HouseholdRow> households(RegionScope scope, String villageCode) {
        List<Integer> years = registry.years(scope);
        if (years.isEmpty()) return List.of();
        return registry.households(scope, villageCode, years.get(0), 0, 10_000).rows();
    }

    public Optional<Home> home(RegionScope scope, String username, String realName, LocalDate today) {
        return village(scope).map(village -> {
            Optional<Organisations.Cadre> me = me(village.code(), username, realName);
            int months = parameters.forYear(today.getYear()).visitAlertMonths();
            List<HouseholdRow> households = households(scope, village.code());
            Map<String, HouseholdRow> byNumber = households.stream()
                    .collect(Collectors.toMap(HouseholdRow::householdNumber, Function.identity(), (a, b) -> a));
            List<ToVisit> toVisit = me.map(c -> pairings.toVisit(scope, village.code(), c.id(), today, today.minusMonths(months)))
                    .orElse(List.of()).stream().filter(d -> byNumber.containsKey(d.householdNumber()))
                    .map(d -> new ToVisit(byNumber.get(d.householdNumber()).id(), d.householdNumber(),
                            byNumber.get(d.householdNumber()).headName(), byNumber.get(d.householdNumber()).members(), d.lastVisit())).toList();
            List<Views.OpenItem> open = openEpisodes.openWork(scope, village.code(), today);
            List<CaseOverview.Row> openCases = java.util.Arrays.stream(CaseKind.values())
                    .flatMap(k -> cases.rows(scope, k, null, today).stream())
                    .filter(r -> r.record().isOpen() && r.record().villageCode().equals(village.code()))
                    .sorted(Comparator.comparing(CaseOverview.Row::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            return new Home(village, me.orElse(null), months, toVisit,
                    open.stream().filter(o -> !o.nextStep().equals("MEASURE")).toList(), openCases,
                    open.stream().filter(o -> o.nextStep().equals("MEASURE")).toList(), households.size());
        });
    }
}
