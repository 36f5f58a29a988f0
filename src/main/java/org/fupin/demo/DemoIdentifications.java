package org.fupin.demo;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.fupin.dictionary.CodeLists;
import org.fupin.dictionary.Dictionaries;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.identification.Actor;
import org.fupin.identification.CaseNotices;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.StepInput;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Meeting;
import org.fupin.identification.domain.Step;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A new identification (新识别) in the demo: in March 2017 an elderly couple of 黄草沟村, fallen ill, applies and is
 * registered through the whole procedure — application, 民主评议, verification, the village's 5-day notice, township
 * review, the township's notice, county approval and announcement. It exits in 2019 like the others.
 */
@Component
class DemoIdentifications {

    static final int YEAR = 2017;
    static final String NUMBER = "6207211700001";
    private static final String VILLAGE = "620721200215";
    private static final RegionScope ALL = RegionScope.ALL;
    private static final Actor CADRE = new Actor(DemoYears.ACTOR, "VILLAGE_CADRE");
    private static final Actor TOWNSHIP = new Actor(DemoYears.ACTOR, "TOWNSHIP_OFFICER");
    private static final Actor COUNTY = new Actor(DemoYears.ACTOR, "COUNTY_ADMIN");

    private final HouseholdEditor editor;
    private final IdentificationCases cases;
    private final CaseNotices caseNotices;
    private final PublicNotices notices;
    private final Dictionaries dictionaries;
    private final MessageSource messages;

    DemoIdentifications(HouseholdEditor editor, IdentificationCases cases, CaseNotices caseNotices,
                        PublicNotices notices, Dictionaries dictionaries, MessageSource messages) {
        this.editor = editor;
        this.cases = cases;
        this.caseNotices = caseNotices;
        this.notices = notices;
        this.dictionaries = dictionaries;
        this.messages = messages;
    }

    void load() {
        long household = register();
        long id = cases.open(ALL, CaseKind.IDENTIFICATION, household, day(3, 1), CADRE);
        cases.complete(ALL, id, Step.APPLICATION, input(day(3, 1), "demo.identification.application", null), CADRE);
        cases.complete(ALL, id, Step.DEMOCRATIC_APPRAISAL, input(day(3, 5), "demo.exit.appraisal",
                new Meeting(day(3, 5), 33, 30, 0)), CADRE);
        cases.complete(ALL, id, Step.VERIFICATION, input(day(3, 8), "demo.identification.verified", null), CADRE);
        notice(id, day(3, 10), "demo.identification.firstNotice", CADRE);
        cases.complete(ALL, id, Step.FIRST_NOTICE, input(day(3, 16), "demo.exit.noObjection", null), CADRE);
        cases.complete(ALL, id, Step.TOWNSHIP_REVIEW, input(day(3, 18), "demo.identification.reviewed", null), TOWNSHIP);
        notice(id, day(3, 19), "demo.identification.secondNotice", TOWNSHIP);
        cases.complete(ALL, id, Step.SECOND_NOTICE, input(day(3, 24), "demo.exit.noObjection", null), TOWNSHIP);
        cases.complete(ALL, id, Step.COUNTY_APPROVAL, input(day(3, 25), "demo.identification.approved", null), COUNTY);
        notice(id, day(3, 26), "demo.identification.announcement", COUNTY);
        cases.complete(ALL, id, Step.ANNOUNCEMENT, input(day(3, 27), "demo.exit.announced", null), COUNTY);
    }

    /** The couple's household-year of 2017 as the village cadre enters it with the application. */
    private long register() {
        CodeLists codes = dictionaries.forYear(YEAR);
        Random random = new Random(YEAR);
        String[] names = DemoGenerator.names();
        Map<RegistryColumn, String> head = new EnumMap<>(RegistryColumn.class);
        head.put(RegistryColumn.HOUSEHOLD_NUMBER, NUMBER);
        head.put(RegistryColumn.NAME, names[1].split(" ")[3] + names[2].split(" ")[5]);
        head.put(RegistryColumn.ID_NUMBER, DemoGenerator.idNumber(random, LocalDate.of(1951, 6, 12), true));
        head.put(RegistryColumn.RELATIONSHIP, label(codes, CodeLists.RELATIONSHIP, 0));
        head.put(RegistryColumn.SEX, label(codes, CodeLists.SEX, 0));
        head.put(RegistryColumn.ETHNICITY, label(codes, CodeLists.ETHNICITY, 3));
        head.put(RegistryColumn.EDUCATION, label(codes, CodeLists.EDUCATION, 1));
        head.put(RegistryColumn.HEALTH, label(codes, CodeLists.HEALTH, 2));
        head.put(RegistryColumn.LABOUR_SKILL, label(codes, CodeLists.LABOUR_SKILL, 2));
        head.put(RegistryColumn.MEDICAL_INSURANCE, label(codes, CodeLists.YES_NO, 0));
        head.put(RegistryColumn.PENSION_INSURANCE, label(codes, CodeLists.YES_NO, 0));
        head.put(RegistryColumn.IDENTIFICATION_STANDARD, label(codes, CodeLists.IDENTIFICATION_STANDARD, 0));
        head.put(RegistryColumn.ATTRIBUTE, label(codes, CodeLists.HOUSEHOLD_ATTRIBUTE, 0));
        head.put(RegistryColumn.MAIN_CAUSE, label(codes, CodeLists.POVERTY_CAUSE, 0));
        head.put(RegistryColumn.POVERTY_STATUS, label(codes, CodeLists.POVERTY_STATUS, 0));
        for (RegistryColumn money : List.of(RegistryColumn.WAGE_INCOME, RegistryColumn.BUSINESS_INCOME,
                RegistryColumn.PROPERTY_INCOME, RegistryColumn.BUSINESS_EXPENSE)) head.put(money, "0");
        head.put(RegistryColumn.TRANSFER_INCOME, "3600");
        head.put(RegistryColumn.HOUSING_SAFETY, "B");
        head.put(RegistryColumn.SAFE_WATER, label(codes, CodeLists.YES_NO, 0));
        head.put(RegistryColumn.ELECTRICITY, label(codes, CodeLists.YES_NO, 0));
        HouseholdEditor.Created created = editor.create(ALL, VILLAGE, YEAR, head, DemoYears.ACTOR);
        if (created.id() == null) throw new IllegalStateException("Demo household refused: " + created.findings());
        Map<RegistryColumn, String> spouse = new EnumMap<>(editor.memberCells(ALL, created.id(), 1).orElseThrow());
        spouse.put(RegistryColumn.NAME, names[1].split(" ")[8] + names[2].split(" ")[2]);
        spouse.put(RegistryColumn.ID_NUMBER, DemoGenerator.idNumber(random, LocalDate.of(1954, 2, 3), false));
        spouse.put(RegistryColumn.RELATIONSHIP, label(codes, CodeLists.RELATIONSHIP, 1));
        spouse.put(RegistryColumn.SEX, label(codes, CodeLists.SEX, 1));
        spouse.put(RegistryColumn.HEALTH, label(codes, CodeLists.HEALTH, 1));
        DemoYears.require(editor.saveMember(ALL, created.id(), null, spouse, DemoYears.ACTOR).orElseThrow());
        return created.id();
    }

    private void notice(long id, LocalDate start, String title, Actor actor) {
        long notice = caseNotices.openNotice(ALL, List.of(id), text(title), start, text("demo.exit.place"), actor);
        notices.recordPosting(ALL, notice, start, text("demo.exit.place"), text("demo.exit.photo"), DemoYears.ACTOR);
    }

    private StepInput input(LocalDate date, String comment, Meeting meeting) {
        return new StepInput(date, text(comment), meeting, null, text("demo.exit.backdated"));
    }

    private static String label(CodeLists codes, String list, int index) {
        return codes.get(list).entries().get(index).label();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ROOT);
    }
}
