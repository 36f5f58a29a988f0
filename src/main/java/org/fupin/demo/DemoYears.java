package org.fupin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.fupin.dictionary.CodeList;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.household.RecordYears;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.identification.EventType;
import org.fupin.identification.HouseholdEvents;
import org.fupin.identification.SnapshotPrefill;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The demo county's years after the 2014 registry import, as a clerk would produce them: each year prefilled from
 * the last (年度数据预填), then that year's 动态调整 recorded as household events with the member changes they stand
 * for (births, deaths, marriages in and out), then the year's exit cases and, in 2015, the village exits. A year
 * already present is left as it is, so that loading again changes nothing. Deterministic but for nothing.
 */
@Component
class DemoYears {

    static final String COUNTY = "620721000000";
    static final String ACTOR = "demo";
    private static final RegionScope ALL = RegionScope.ALL;

    private final SnapshotPrefill prefill;
    private final HouseholdRegistry registry;
    private final HouseholdEditor editor;
    private final HouseholdEvents events;
    private final RecordYears years;
    private final Dictionaries dictionaries;
    private final DemoExits exits;
    private final DemoIdentifications identifications;
    private final MessageSource messages;

    DemoYears(SnapshotPrefill prefill, HouseholdRegistry registry, HouseholdEditor editor, HouseholdEvents events,
              RecordYears years, Dictionaries dictionaries, DemoExits exits, DemoIdentifications identifications,
              MessageSource messages) {
        this.identifications = identifications;
        this.prefill = prefill;
        this.registry = registry;
        this.editor = editor;
        this.events = events;
        this.years = years;
        this.dictionaries = dictionaries;
        this.exits = exits;
        this.messages = messages;
    }

    /** Produces every missing year after {@code first} up to {@code last}. */
    void load(int first, int last) {
        for (int year = first + 1; year <= last; year++) {
            if (years.years(ALL).contains(year)) continue;
            prefill.prefill(ALL, COUNTY, year - 1, ACTOR);
            adjust(year);
            if (year == DemoIdentifications.YEAR) identifications.load();
            exits.households(year);
            if (year == 2015) exits.villages(year);
        }
    }

    /** The year's 动态调整: births and a death every year; from 2016 a marriage in and one out as well. */
    private void adjust(int year) {
        List<HouseholdRow> households = new ArrayList<>();
        registry.forEachHousehold(ALL, COUNTY, year, households::add);
        Random random = new Random(year);
        int births = year == 2015 ? 1 : 2;
        for (int b = 0; b < births; b++) {
            HouseholdRow h = households.get(random.nextInt(households.size()));
            add(h, year, random, LocalDate.of(year, 3 + 4 * b, 10), random.nextBoolean() ? 6 : 7, year,
                    EventType.NATURAL_INCREASE, "demo.years.birth");
        }
        remove(households, year, random, LocalDate.of(year, 5, 18), "demo.years.death", 0);
        if (year > 2015) {
            HouseholdRow h = households.get(random.nextInt(households.size()));
            add(h, year, random, LocalDate.of(year, 10, 2), 4, year - 24 - random.nextInt(5),
                    EventType.NATURAL_INCREASE, "demo.years.marriageIn");
            remove(households, year, random, LocalDate.of(year, 11, 8), "demo.years.marriageOut", 3);
        }
    }

    /** Adds a member (a newborn or a spouse marrying in) with the event that records it. */
    private void add(HouseholdRow h, int year, Random random, LocalDate date, int relationship, int birthYear,
                     EventType type, String reason) {
        CodeLists codes = dictionaries.forYear(year);
        boolean male = relationship == 6;
        LocalDate birth = birthYear == year ? date.minusDays(3) : LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String[] names = DemoGenerator.names();
        Map<RegistryColumn, String> cells = new EnumMap<>(editor.memberCells(ALL, h.id(), 1).orElseThrow());
        cells.put(RegistryColumn.NAME, h.headName().substring(0, 1) + names[2].split(" ")[random.nextInt(names[2].split(" ").length)]);
        cells.put(RegistryColumn.ID_NUMBER, DemoGenerator.idNumber(random, birth, male));
        cells.put(RegistryColumn.RELATIONSHIP, label(codes, CodeLists.RELATIONSHIP, relationship));
        cells.put(RegistryColumn.SEX, label(codes, CodeLists.SEX, male ? 0 : 1));
        boolean newborn = birthYear == year;
        cells.put(RegistryColumn.EDUCATION, label(codes, CodeLists.EDUCATION, newborn ? 5 : 2));
        cells.put(RegistryColumn.SCHOOLING, "");
        cells.put(RegistryColumn.HEALTH, label(codes, CodeLists.HEALTH, 0));
        cells.put(RegistryColumn.LABOUR_SKILL, label(codes, CodeLists.LABOUR_SKILL, newborn ? 3 : 0));
        cells.put(RegistryColumn.WORK_STATUS, "");
        cells.put(RegistryColumn.WORK_MONTHS, "");
        cells.put(RegistryColumn.MEDICAL_INSURANCE, label(codes, CodeLists.YES_NO, 0));
        require(editor.saveMember(ALL, h.id(), null, cells, ACTOR).orElseThrow());
        events.record(ALL, h.id(), type, date, text(reason), null, ACTOR);
    }

    /**
     * Removes a member who is not the head (a death, or, for {@code relationship} 之女, a daughter marrying out) of
     * the first household from a random start that has one, with the event that records it.
     */
    private void remove(List<HouseholdRow> households, int year, Random random, LocalDate date, String reason,
                        int relationship) {
        int start = random.nextInt(households.size());
        CodeLists codes = dictionaries.forYear(year);
        String head = label(codes, CodeLists.RELATIONSHIP, 0);
        String wanted = relationship == 0 ? null : label(codes, CodeLists.RELATIONSHIP, relationship);
        for (int i = 0; i < households.size(); i++) {
            HouseholdRow h = households.get((start + i) % households.size());
            HouseholdDetail detail = registry.household(ALL, h.id()).orElseThrow();
            for (HouseholdDetail.Person p : detail.members()) {
                if (p.position() == 1 || head.equals(p.relationship()) || detail.members().size() < 2) continue;
                if (wanted != null && !wanted.equals(p.relationship())) continue;
                if (wanted != null && p.birthMonth() != null && p.birthMonth().getYear() > year - 20) continue;
                require(editor.removeMember(ALL, h.id(), p.position(), ACTOR).orElseThrow());
                events.record(ALL, h.id(), EventType.NATURAL_DECREASE, date, text(reason), null, ACTOR);
                return;
            }
        }
    }

    private static String label(CodeLists codes, String list, int index) {
        CodeList codeList = codes.get(list);
        return codeList.entries().get(index).label();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }

    static void require(HouseholdEditor.Outcome outcome) {
        if (!outcome.saved()) throw new IllegalStateException("Demo registry change refused: " + outcome.findings());
    }
}
