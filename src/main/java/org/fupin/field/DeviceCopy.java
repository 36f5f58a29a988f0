package org.fupin.field;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fupin.assistance.HouseholdAssistance;
import org.fupin.assistance.MeasureStatus;
import org.fupin.assistance.Pairings;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.monitoring.Monitoring;
import org.fupin.monitoring.OpenEpisodes;
import org.fupin.monitoring.Views;
import org.fupin.region.Region;
import org.fupin.region.RegionScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What a phone keeps of the user's own village while online (issue #20, ADR 0038): households with masked ID
 * numbers, members, pairings, open episodes and the forms' code lists, with the day it stops being used.
 */
@Service
public class DeviceCopy {

    public record Copy(String villageCode, String villageName, LocalDateTime madeAt, int expiresAfterDays,
                       Long myCadreId, List<Household> households, List<Cadre> cadres, List<Views.OpenItem> episodes,
                       Map<String, List<CodeList.Entry>> codes) {}

    public record Household(long id, String number, String headName, int members, String status,
                            Long pairedCadreId, List<Member> people) {}

    public record Member(int position, String name, String idNumberMasked, String relationship) {}

    public record Cadre(long id, String name, String unitName) {}

    private final FieldWork work;
    private final HouseholdRegistry registry;
    private final Pairings pairings;
    private final Monitoring monitoring;
    private final OpenEpisodes openEpisodes;
    private final Dictionaries dictionaries;
    private final MessageSource messages;
    private final int expiresAfterDays;

    DeviceCopy(FieldWork work, HouseholdRegistry registry, Pairings pairings, Monitoring monitoring, OpenEpisodes openEpisodes,
               Dictionaries dictionaries, MessageSource messages,
               @Value("${fupin.field.device-copy-days:7}") int expiresAfterDays) {
        this.work = work;
        this.registry = registry;
        this.pairings = pairings;
        this.monitoring = monitoring;
        this.openEpisodes = openEpisodes;
        this.dictionaries = dictionaries;
        this.messages = messages;
        this.expiresAfterDays = expiresAfterDays;
    }

    /** The copy of the user's village; empty for a user without one village. */
    public Optional<Copy> of(RegionScope scope, String username, String realName, Locale locale) {
        return work.village(scope).map(village -> copy(scope, village, username, realName, locale));
    }

    private Copy copy(RegionScope scope, Region village, String username, String realName, Locale locale) {
        LocalDate today = LocalDate.now();
        List<HouseholdRow> rows = work.households(scope, village.code());
        Map<Long, HouseholdDetail> details = rows.isEmpty() ? Map.of()
                : registry.householdsWithMembers(scope, village.code(), rows.get(0).year()).stream()
                .collect(Collectors.toMap(HouseholdDetail::id, Function.identity()));
        Map<String, Long> paired = pairings.current(scope, village.code(), today).stream()
                .collect(Collectors.toMap(Pairings.Pairing::householdNumber, Pairings.Pairing::cadreId, (a, b) -> a));
        List<Household> households = rows.stream().map(r -> new Household(r.id(), r.householdNumber(), r.headName(),
                r.members(), r.povertyStatusLabel(), paired.get(r.householdNumber()),
                members(details.get(r.id())))).toList();
        List<Cadre> cadres = work.cadres(village.code()).stream().map(c -> new Cadre(c.id(), c.name(), c.unitName()))
                .toList();
        Long me = work.me(village.code(), username, realName).map(org.fupin.assistance.Organisations.Cadre::id).orElse(null);
        return new Copy(village.code(), village.name(), LocalDateTime.now(), expiresAfterDays, me, households, cadres,
                openEpisodes.openWork(scope, village.code(), today), codes(today, locale));
    }

    private static List<Member> members(HouseholdDetail detail) {
        return detail == null ? List.of() : detail.members().stream()
                .map(p -> new Member(p.position(), p.name(), p.idNumberMasked(), p.relationship())).toList();
    }

    private Map<String, List<CodeList.Entry>> codes(LocalDate today, Locale locale) {
        return Map.of(
                "riskTypes", monitoring.riskTypes().stream().map(r -> new CodeList.Entry(r,
                        messages.getMessage("monitoring.riskType." + r, null, r, locale))).toList(),
                "measureCategories", work.measureCategories(today),
                "measureStatuses", java.util.Arrays.stream(MeasureStatus.values()).map(s -> new CodeList.Entry(s.name(),
                        messages.getMessage("assistance.term." + s.name(), null, s.name(), locale))).toList());
    }
}
