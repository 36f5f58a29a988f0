package org.fupin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.identification.Actor;
import org.fupin.identification.CaseNotices;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.StepInput;
import org.fupin.identification.VillageExits;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Guarantees;
import org.fupin.identification.domain.Meeting;
import org.fupin.identification.domain.Step;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The demo's exits through their procedures: the poor households exit over 2016–2020 (the year follows the 户编号),
 * each village's households of the year on one exit notice, every step dated in October and entered later with the
 * reason 补录; before the case the household's record of the year shows what changed (income above the line, safe
 * housing and water, children at school). The five poor villages exit in November 2015 through 村提出, 乡镇审核,
 * 乡镇内公示 and 县审定公告.
 */
@Component
class DemoExits {

    private static final RegionScope ALL = RegionScope.ALL;
    private static final Actor CADRE = new Actor(DemoYears.ACTOR, "VILLAGE_CADRE");
    private static final Actor TOWNSHIP = new Actor(DemoYears.ACTOR, "TOWNSHIP_OFFICER");
    private static final Actor COUNTY = new Actor(DemoYears.ACTOR, "COUNTY_ADMIN");

    private final HouseholdRegistry registry;
    private final HouseholdEditor editor;
    private final IdentificationCases cases;
    private final CaseNotices caseNotices;
    private final PublicNotices notices;
    private final VillageExits villageExits;
    private final Dictionaries dictionaries;
    private final MessageSource messages;

    DemoExits(HouseholdRegistry registry, HouseholdEditor editor, IdentificationCases cases, CaseNotices caseNotices,
              PublicNotices notices, VillageExits villageExits, Dictionaries dictionaries, MessageSource messages) {
        this.registry = registry;
        this.editor = editor;
        this.cases = cases;
        this.caseNotices = caseNotices;
        this.notices = notices;
        this.villageExits = villageExits;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    /**
     * The year a registered household exits, from the serial of its 户编号: 10, 20, 20, 15 and the last 4 of 2014;
     * the household registered in 2017 exits in 2019.
     */
    static int exitYear(String householdNumber) {
        if (householdNumber.equals(DemoIdentifications.NUMBER)) return 2019;
        int serial = Integer.parseInt(householdNumber.substring(householdNumber.length() - 5));
        return serial <= 10 ? 2016 : serial <= 30 ? 2017 : serial <= 50 ? 2018 : serial <= 65 ? 2019 : 2020;
    }

    /** Exit cases of the households due in {@code year}, one notice per village and step. */
    void households(int year) {
        List<HouseholdRow> all = new ArrayList<>();
        registry.forEachHousehold(ALL, DemoYears.COUNTY, year, all::add);
        Map<String, List<Long>> byVillage = new LinkedHashMap<>();
        for (HouseholdRow h : all) {
            if (!"0".equals(registry.povertyStatusCode(ALL, h.id()).orElse("")) || exitYear(h.householdNumber()) != year) continue;
            improve(h.id(), year);
            long id = cases.open(ALL, CaseKind.EXIT, h.id(), day(year, 10, 2), CADRE);
            byVillage.computeIfAbsent(h.villageCode(), v -> new ArrayList<>()).add(id);
        }
        byVillage.values().forEach(ids -> exit(ids, year));
    }

    private void exit(List<Long> ids, int year) {
        for (long id : ids) {
            cases.complete(ALL, id, Step.EXIT_APPRAISAL, input(day(year, 10, 3), "demo.exit.appraisal",
                    new Meeting(day(year, 10, 3), 31, 28, 1), null), CADRE);
            cases.complete(ALL, id, Step.EXIT_VERIFICATION, input(day(year, 10, 5), "demo.exit.verified", null, true), CADRE);
            cases.complete(ALL, id, Step.HOUSEHOLD_CONSENT, input(day(year, 10, 6), "demo.exit.consent", null, null), CADRE);
        }
        notice(ids, day(year, 10, 7), "demo.exit.noticeTitle");
        ids.forEach(id -> cases.complete(ALL, id, Step.EXIT_NOTICE, input(day(year, 10, 14), "demo.exit.noObjection", null, null), CADRE));
        notice(ids, day(year, 10, 15), "demo.exit.announcementTitle");
        ids.forEach(id -> cases.complete(ALL, id, Step.EXIT_ANNOUNCEMENT, input(day(year, 10, 16), "demo.exit.announced", null, null), CADRE));
        ids.forEach(id -> cases.complete(ALL, id, Step.DEREGISTRATION, input(day(year, 10, 20), "demo.exit.deregistered", null, null), COUNTY));
    }

    private void notice(List<Long> ids, LocalDate start, String title) {
        long notice = caseNotices.openNotice(ALL, ids, text(title), start, text("demo.exit.place"), CADRE);
        notices.recordPosting(ALL, notice, start, text("demo.exit.place"), text("demo.exit.photo"), DemoYears.ACTOR);
    }

    /** The household's record of the exit year: income well above the line, safe housing and water, children at school. */
    private void improve(long household, int year) {
        HouseholdDetail detail = registry.household(ALL, household).orElseThrow();
        CodeLists codes = dictionaries.forYear(year);
        String yes = codes.get(CodeLists.YES_NO).entries().get(0).label();
        Map<RegistryColumn, String> cells = new EnumMap<>(editor.householdCells(ALL, household).orElseThrow());
        cells.put(RegistryColumn.WAGE_INCOME, String.valueOf(6000 * detail.members().size() + 3000));
        cells.put(RegistryColumn.HOUSING_SAFETY, "A");
        cells.put(RegistryColumn.SAFE_WATER, yes);
        DemoYears.require(editor.saveHousehold(ALL, household, cells, DemoYears.ACTOR).orElseThrow());
        LocalDate enrolment = Guarantees.enrolmentDay(day(year, 10, 5));
        Map<Integer, LocalDate> births = registry.birthDates(ALL, household);
        for (HouseholdDetail.Person p : detail.members()) {
            int age = java.time.Period.between(births.get(p.position()), enrolment).getYears();
            if (!Guarantees.isCompulsorySchoolAge(age) || (p.schooling() != null && !p.schooling().isBlank())) continue;
            Map<RegistryColumn, String> person = new EnumMap<>(editor.memberCells(ALL, household, p.position()).orElseThrow());
            person.put(RegistryColumn.EDUCATION, "");
            person.put(RegistryColumn.SCHOOLING, codes.get(CodeLists.SCHOOLING).entries().get(age < 12 ? 1 : 2 + Math.min(age - 12, 2)).label());
            DemoYears.require(editor.saveMember(ALL, household, p.position(), person, DemoYears.ACTOR).orElseThrow());
        }
    }

    /** The 2015 exits of the five poor villages, each through its four steps. */
    void villages(int year) {
        for (String village : DemoCounty.POOR_VILLAGES.keySet()) {
            long id = villageExits.open(ALL, village, year, day(year, 11, 2), text("demo.villageExit.proposal"), CADRE);
            villageExits.review(ALL, id, day(year, 11, 10), text("demo.villageExit.review"), TOWNSHIP);
            long notice = villageExits.openNotice(ALL, id, text("demo.villageExit.noticeTitle"), day(year, 11, 11),
                    text("demo.villageExit.place"), TOWNSHIP);
            notices.recordPosting(ALL, notice, day(year, 11, 11), text("demo.villageExit.place"), text("demo.exit.photo"),
                    DemoYears.ACTOR);
            villageExits.completeNotice(ALL, id, day(year, 11, 18), text("demo.exit.noObjection"), TOWNSHIP);
            villageExits.announce(ALL, id, day(year, 11, 25), text("demo.villageExit.announced"), COUNTY);
        }
    }

    private StepInput input(LocalDate date, String comment, Meeting meeting, Boolean foodAndClothing) {
        return new StepInput(date, text(comment), meeting, foodAndClothing, text("demo.exit.backdated"));
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
