package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.HouseholdExitPolicy;
import org.fupin.identification.domain.Meeting;
import org.fupin.identification.domain.Step;
import org.fupin.identification.domain.Workflow;
import org.fupin.imports.Imports;
import org.fupin.notice.PublicNotices;
import org.fupin.kernel.Check;
import org.fupin.notice.domain.NoticeRules;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Households of the tests' own through both procedures, step by step, with the users of each level. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentificationWorkflowIntegrationTest {

    static final Actor CADRE = new Actor("cadre", "VILLAGE_CADRE");
    static final Actor TOWNSHIP = new Actor("township", "TOWNSHIP_OFFICER");
    static final Actor COUNTY = new Actor("county", "COUNTY_ADMIN");
    static final RegionScope ALL = RegionScope.ALL;

    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired HouseholdRegistry registry;
    @Autowired IdentificationCases cases;
    @Autowired CaseNotices caseNotices;
    @Autowired PublicNotices notices;
    @Autowired HouseholdEvents events;

    @BeforeAll
    void county() {
        Samples.importCounty(imports);
    }

    @Test
    void aHouseholdGoesFromApplicationToAnnouncementThroughAnObjectionThatBlocksUntilResolved() {
        long household = TestHouseholds.household(editor).number("T-ID-1").head("识别户", "62072119700303003").create();
        long id = cases.open(ALL, CaseKind.IDENTIFICATION, household, day(3, 1), CADRE);

        cases.complete(ALL, id, Step.APPLICATION, Backdated.on(day(3, 1), "application"), CADRE);
        assertThatThrownBy(() -> cases.complete(ALL, id, Step.DEMOCRATIC_APPRAISAL, appraisal(day(3, 5)), TOWNSHIP))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e)).containsExactly(Workflow.ROLE_ALLOWED));
        cases.complete(ALL, id, Step.DEMOCRATIC_APPRAISAL, appraisal(day(3, 5)), CADRE);
        cases.complete(ALL, id, Step.VERIFICATION, Backdated.on(day(3, 8), "verified at home"), CADRE);

        assertThatThrownBy(() -> cases.complete(ALL, id, Step.FIRST_NOTICE, Backdated.on(day(3, 20), ""), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e)).containsExactly(Workflow.NOTICE_OPENED));
        long first = caseNotices.openNotice(ALL, List.of(id), "first notice", day(3, 10), "village board", CADRE);
        notices.recordPosting(ALL, first, day(3, 10), "village board", "photo", "cadre");
        long objection = notices.receiveObjection(ALL, first, "a villager", "T-ID-1", "owns a shop in town", day(3, 12), "cadre");
        assertThatThrownBy(() -> cases.complete(ALL, id, Step.FIRST_NOTICE, Backdated.on(day(3, 13), ""), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e))
                        .containsExactly(NoticeRules.PERIOD_ENDED, NoticeRules.NO_OPEN_OBJECTION));
        assertThatThrownBy(() -> cases.complete(ALL, id, Step.FIRST_NOTICE, Backdated.on(day(3, 15), ""), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e))
                        .containsExactly(NoticeRules.NO_OPEN_OBJECTION));
        notices.resolveObjection(ALL, first, objection, "checked: the shop is the brother's", day(3, 16), "cadre");
        cases.complete(ALL, id, Step.FIRST_NOTICE, Backdated.on(day(3, 16), "no objection upheld"), CADRE);

        cases.complete(ALL, id, Step.TOWNSHIP_REVIEW, Backdated.on(day(3, 18), "checked 20%"), TOWNSHIP);
        postedNotice(id, day(3, 19), TOWNSHIP);
        cases.complete(ALL, id, Step.SECOND_NOTICE, Backdated.on(day(3, 24), ""), TOWNSHIP);
        cases.complete(ALL, id, Step.COUNTY_APPROVAL, Backdated.on(day(3, 25), "approved"), COUNTY);
        postedNotice(id, day(3, 26), COUNTY);
        cases.complete(ALL, id, Step.ANNOUNCEMENT, Backdated.on(day(3, 27), "announced"), COUNTY);

        CaseRecord done = cases.find(ALL, id).orElseThrow();
        assertThat(done.status()).isEqualTo("REGISTERED");
        assertThat(done.steps()).extracting(CaseRecord.StepRecord::step).containsExactly("APPLICATION",
                "DEMOCRATIC_APPRAISAL", "VERIFICATION", "FIRST_NOTICE", "TOWNSHIP_REVIEW", "SECOND_NOTICE",
                "COUNTY_APPROVAL", "ANNOUNCEMENT");
        assertThat(registry.povertyStatusCode(ALL, household)).contains("0");
        assertThat(events.history(ALL, TestHouseholds.VILLAGE, "T-ID-1")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.NEW_IDENTIFICATION));
    }

    @Test
    void aHouseholdGoesFromExitProposalToDeregistrationAndIsMarkedExited() {
        TestHouseholds.household(editor).number("T-EX-1").head("退出户", "62072119700404005").wage("4000").year(2014).create();
        long household = TestHouseholds.household(editor).number("T-EX-1").head("退出户", "62072119700404005")
                .wage("5000").create();
        long id = cases.open(ALL, CaseKind.EXIT, household, day(10, 1), CADRE);

        cases.complete(ALL, id, Step.EXIT_APPRAISAL, appraisal(day(10, 3)), CADRE);
        assertThatThrownBy(() -> cases.complete(ALL, id, Step.EXIT_VERIFICATION, verification(day(10, 5), false), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e)).containsExactly("FOOD_AND_CLOTHING"));
        cases.complete(ALL, id, Step.EXIT_VERIFICATION, verification(day(10, 5), true), CADRE);
        cases.complete(ALL, id, Step.HOUSEHOLD_CONSENT, Backdated.on(day(10, 6), "signed"), CADRE);
        postedNotice(id, day(10, 7), CADRE);
        assertThatThrownBy(() -> cases.complete(ALL, id, Step.EXIT_NOTICE, Backdated.on(day(10, 13), ""), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e)).containsExactly(NoticeRules.PERIOD_ENDED));
        cases.complete(ALL, id, Step.EXIT_NOTICE, Backdated.on(day(10, 14), ""), CADRE);
        postedNotice(id, day(10, 15), CADRE);
        cases.complete(ALL, id, Step.EXIT_ANNOUNCEMENT, Backdated.on(day(10, 16), ""), CADRE);
        cases.complete(ALL, id, Step.DEREGISTRATION, Backdated.on(day(10, 20), "销号"), COUNTY);

        assertThat(cases.find(ALL, id).orElseThrow().status()).isEqualTo("DEREGISTERED");
        assertThat(registry.povertyStatusCode(ALL, household)).contains("1");
        assertThat(registry.household(ALL, household).orElseThrow().exitYear()).isEqualTo(2015);
        assertThat(events.history(ALL, TestHouseholds.VILLAGE, "T-EX-1")).extracting(HouseholdEvents.Event::type)
                .containsExactly(EventType.EXIT);
    }

    @Test
    void aWronglyRegisteredHouseholdIsRemovedAfterAppraisalNoticeAndCountyApprovalKeepingItsStatus() {
        long household = TestHouseholds.household(editor).number("T-RM-1").head("剔除户", "62072119700404013")
                .wage("1000").create();
        String before = registry.povertyStatusCode(ALL, household).orElseThrow();
        long id = cases.open(ALL, CaseKind.REMOVAL, household, day(11, 1), CADRE);
        assertThatThrownBy(() -> cases.open(ALL, CaseKind.REMOVAL, household, day(11, 2), CADRE))
                .isInstanceOf(CaseException.class).hasMessageContaining("CASE_ALREADY_OPEN");

        assertThatThrownBy(() -> cases.complete(ALL, id, Step.REMOVAL_APPRAISAL, Backdated.on(day(11, 3), ""), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e)).contains("MEETING_RECORDED"));
        cases.complete(ALL, id, Step.REMOVAL_APPRAISAL, appraisal(day(11, 3)), CADRE);
        postedNotice(id, day(11, 4), CADRE);
        assertThatThrownBy(() -> cases.complete(ALL, id, Step.REMOVAL_NOTICE, Backdated.on(day(11, 8), ""), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e)).containsExactly(NoticeRules.PERIOD_ENDED));
        cases.complete(ALL, id, Step.REMOVAL_NOTICE, Backdated.on(day(11, 9), ""), CADRE);
        assertThatThrownBy(() -> cases.complete(ALL, id, Step.REMOVAL_APPROVAL, Backdated.on(day(11, 10), ""), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e)).contains("ROLE_ALLOWED"));
        cases.complete(ALL, id, Step.REMOVAL_APPROVAL, Backdated.on(day(11, 10), "剔除"), COUNTY);

        assertThat(cases.find(ALL, id).orElseThrow().status()).isEqualTo("REMOVED");
        assertThat(registry.povertyStatusCode(ALL, household)).contains(before);
        assertThat(events.history(ALL, TestHouseholds.VILLAGE, "T-RM-1")).extracting(HouseholdEvents.Event::type)
                .containsExactly(EventType.REMOVAL);
        long again = cases.open(ALL, CaseKind.REMOVAL, household, day(11, 20), CADRE);
        assertThat(again).isNotEqualTo(id);
    }

    @Test
    void aHouseholdRegisteredThisYearCannotExitWhereTheCountyBlocksItButNeedsNoEarlierIncome() {
        long household = TestHouseholds.household(editor).number("T-EX-2").head("新识别户", "62072119700505007")
                .wage("6000").create();
        long identified = cases.open(ALL, CaseKind.IDENTIFICATION, household, day(1, 10), CADRE);
        events.record(ALL, household, EventType.NEW_IDENTIFICATION, day(2, 1), "registered this year", identified, "test");
        long id = cases.open(ALL, CaseKind.EXIT, household, day(10, 1), CADRE);
        cases.complete(ALL, id, Step.EXIT_APPRAISAL, appraisal(day(10, 3)), CADRE);

        assertThatThrownBy(() -> cases.complete(ALL, id, Step.EXIT_VERIFICATION, verification(day(10, 5), true), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e))
                        .containsExactly(HouseholdExitPolicy.NOT_NEW_THIS_YEAR));
    }

    @Test
    void aCaseIsRejectedWithReasonsByAUserWhoMayRecordItsStep() {
        long household = TestHouseholds.household(editor).number("T-RJ-1").head("驳回户", "62072119700606009")
                .wage("9000").create();
        long id = cases.open(ALL, CaseKind.IDENTIFICATION, household, day(3, 1), CADRE);
        cases.complete(ALL, id, Step.APPLICATION, Backdated.on(day(3, 1), ""), CADRE);
        cases.complete(ALL, id, Step.DEMOCRATIC_APPRAISAL, appraisal(day(3, 2)), CADRE);

        assertThatThrownBy(() -> cases.complete(ALL, id, Step.VERIFICATION, Backdated.on(day(3, 3), ""), CADRE))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(names(e)).containsExactly("INCOME_BELOW_LINE"));
        assertThatThrownBy(() -> cases.reject(ALL, id, day(3, 3), "income 9000 above the line", COUNTY))
                .isInstanceOf(CaseException.class);
        cases.reject(ALL, id, day(3, 3), "income 9000 above the line", CADRE);

        CaseRecord rejected = cases.find(ALL, id).orElseThrow();
        assertThat(rejected.status()).isEqualTo("REJECTED");
        assertThat(rejected.steps().get(rejected.steps().size() - 1).comment()).isEqualTo("income 9000 above the line");
    }

    private void postedNotice(long caseId, LocalDate start, Actor actor) {
        long notice = caseNotices.openNotice(ALL, List.of(caseId), "notice", start, "village board", actor);
        notices.recordPosting(ALL, notice, start, "village board", "photo", actor.name());
    }

    private static StepInput appraisal(LocalDate date) {
        return Backdated.input(date, "meeting", new Meeting(date, 30, 25, 2), null);
    }

    private static StepInput verification(LocalDate date, boolean foodAndClothing) {
        return Backdated.input(date, "visited", null, foodAndClothing);
    }

    private static List<String> names(CaseException e) {
        return e.verdict().reasons().stream().map(Check::name).toList();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2015, month, day);
    }
}
