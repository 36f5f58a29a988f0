package org.fupin.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fupin.comparison.AssistanceLists;
import org.fupin.household.domain.PovertyStatus;
import org.fupin.identification.PolicyParameters;
import org.fupin.kernel.Check;
import org.fupin.monitoring.domain.AssistanceLayering;
import org.fupin.region.RegionScope;
import org.fupin.system.Transactions;
import org.springframework.stereotype.Service;

/**
 * Monitoring and 民政's social assistance in one view (issue #17): every household Fupin knows in a region — the
 * registry's of the latest year up to the date, and every household with a monitoring episode, registered or not —
 * with its layers on the date, the count of households and persons of each layer, and the referrals both ways.
 */
@Service
public record SocialAssistanceView(LayerRepository registry, EpisodeRepository episodes, AssistanceLists lists,
                                   PolicyParameters parameters, Transactions transactions) {

    /** One household: layers, findings (referral to 民政, missing from the list) and its latest episode. */
    public record Household(String villageCode, String householdNumber, String headName, int persons,
                            List<String> layers, List<Check> findings, Long householdId, Long episodeId) {
        public boolean has(String layer) { return layers.contains(layer); }
        public boolean finds(String finding) { return findings.stream().anyMatch(c -> c.name().equals(finding)); }
    }

    public record Count(String layer, long households, long persons) {}

    /**
     * The view of a region on a date: the registry year used, the list in force (empty: none imported yet), the
     * 低保 standard (null: not set), persons of the list in no registry household, counts and households.
     */
    public record View(String regionCode, LocalDate date, Integer registryYear, Optional<AssistanceLists.Batch> list,
                       BigDecimal dibaoLine, long unplaced, List<AssistanceLists.Layer> listLayers, List<Count> counts,
                       List<Household> households) {
        public List<Household> with(String layer) { return households.stream().filter(h -> h.has(layer)).toList(); }
        public List<Household> finding(String f) { return households.stream().filter(h -> h.finds(f)).toList(); }
    }

    public View view(RegionScope scope, String regionCode, LocalDate date) {
        return transactions.read(() -> {
            RegionScope area = new RegionScope(scope.require(regionCode).prefix());
            String low = area.lowestCode();
            String high = area.highestCode();
            Integer year = registry.registryYear(low, high, date.getYear()).orElse(null);
            Optional<AssistanceLists.Batch> list = lists.current(date);
            Map<String, List<String>> listed = new HashMap<>();
            if (list.isPresent() && year != null) {
                lists.listedHouseholds(list.get().id(), year, low, high)
                        .forEach(l -> listed.put(l.villageCode() + "/" + l.householdNumber(), l.layers()));
            }
            List<AssistanceLists.Layer> layers = lists.layers();
            Map<String, String> expected = new HashMap<>();
            layers.stream().filter(l -> l.registryAttribute() != null)
                    .forEach(l -> expected.put(l.registryAttribute(), l.code()));
            BigDecimal line = parameters.policy(date.getYear(), regionCode).value("MONITORING.DIBAO_ANNUAL");
            BigDecimal dibao = line == null || line.signum() <= 0 ? null : line;
            List<Household> households = households(year, low, high, date, listed, expected, list.isPresent(), dibao);
            long unplaced = list.isPresent() && year != null ? lists.unplaced(list.get().id(), year) : 0;
            return new View(regionCode, date, year, list, dibao, unplaced, layers, counts(layers, households),
                    households);
        });
    }

    private List<Household> households(Integer year, String low, String high, LocalDate date,
                                       Map<String, List<String>> listed, Map<String, String> expected,
                                       boolean listInForce, BigDecimal dibao) {
        Map<String, Views.Episode> latest = new LinkedHashMap<>();
        for (Views.Episode e : episodes.episodes(low, high)) {
            if (!e.clueOn().isAfter(date)) latest.put(e.villageCode() + "/" + e.householdNumber(), e);
        }
        List<Household> result = new ArrayList<>();
        List<LayerRepository.RegistryHousehold> registered = year == null ? List.of() : registry.households(year, low, high);
        for (LayerRepository.RegistryHousehold h : registered) {
            String key = h.villageCode() + "/" + h.householdNumber();
            Views.Episode e = latest.remove(key);
            result.add(household(h.villageCode(), h.householdNumber(), h.headName(), h.members(), h.povertyStatus(),
                    h.attribute(), h.id(), e, listed.getOrDefault(key, List.of()), expected, listInForce, dibao, date));
        }
        for (Views.Episode e : latest.values()) {
            result.add(household(e.villageCode(), e.householdNumber(), e.headName(), e.memberCount(), null, null,
                    e.householdId(), e, List.of(), expected, listInForce, dibao, date));
        }
        return result;
    }

    private static Household household(String village, String number, String head, int members, String status,
                                       String attribute, Long householdId, Views.Episode e, List<String> listLayers,
                                       Map<String, String> expected, boolean listInForce, BigDecimal dibao,
                                       LocalDate date) {
        boolean monitored = e != null && e.identifiedOn() != null && !e.identifiedOn().isAfter(date)
                && (e.eliminatedOn() == null || e.eliminatedOn().isAfter(date));
        var facts = new AssistanceLayering.Facts(status, status != null && PovertyStatus.isCurrentPoor(status),
                attribute, monitored, listLayers, e != null ? e.memberCount() : members,
                e == null ? null : e.incomePerCapita(), e == null ? null : e.rigidExpenditure());
        AssistanceLayering.Result r = AssistanceLayering.layer(facts, expected, listInForce, dibao);
        return new Household(village, number, head, members, r.layers(), r.findings(), householdId,
                e == null ? null : e.id());
    }

    private static List<Count> counts(List<AssistanceLists.Layer> layers, List<Household> households) {
        List<String> order = new ArrayList<>(List.of(AssistanceLayering.MONITORED));
        layers.forEach(l -> order.add(l.code()));
        order.addAll(List.of(AssistanceLayering.POOR, AssistanceLayering.EXITED, AssistanceLayering.ORDINARY));
        return order.stream().map(layer -> new Count(layer,
                households.stream().filter(h -> h.has(layer)).count(),
                households.stream().filter(h -> h.has(layer)).mapToLong(Household::persons).sum())).toList();
    }
}
