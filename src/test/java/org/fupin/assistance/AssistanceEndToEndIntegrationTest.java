package org.fupin.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.assistance.domain.LoanPurpose;
import org.fupin.kernel.Reason;
import org.fupin.assistance.domain.Staffing;
import org.fupin.assistance.domain.Staffing.SlotKind;
import org.fupin.funds.FundShare;
import org.fupin.funds.FundSource;
import org.fupin.funds.Funds;
import org.fupin.funds.ProjectLibrary;
import org.fupin.funds.domain.ProjectFields;
import org.fupin.funds.domain.ProjectStatus;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.system.DatabaseScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "done when": a unit and cadres, a pairing and its change, a visit, a measure, a loan refused with its
 * reasons, a work team, a project from application to announcement with publicity and payments, and the village
 * "3+2+1" view, the alerts and the fund-share report with the numbers these steps make. Uses the sample county and
 * its own year (2019) for funds, so other tests do not disturb the sums.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistanceEndToEndIntegrationTest {

    private static final String POOR_VILLAGE = "620721101201";
    private static final String OTHER_VILLAGE = "620721101204";
    private static final RegionScope ALL = RegionScope.ALL;

    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired Pairings pairings;
    @Autowired HouseholdAssistance assistance;
    @Autowired WorkTeams teams;
    @Autowired Alerts alerts;
    @Autowired ProjectLibrary library;
    @Autowired Funds funds;
    @Autowired ReasonMessages messages;
    @Autowired BattlePlan battlePlan;

    private List<HouseholdRow> villageHouseholds;

    @BeforeAll
    void importSampleCounty() {
        Samples.importCounty(imports);
        villageHouseholds = registry.households(ALL, POOR_VILLAGE, 2015, 0, 500).rows();
    }

    @Test
    void registersPairsVisitsAssistsFundsAndReportsTheRightNumbers() {
        long unit = accepted(organisations.addUnit(ALL, "E2E县农业农村局", UnitLevel.COUNTY, "620721000000"));
        long township = accepted(organisations.addUnit(ALL, "E2E乡人民政府", UnitLevel.TOWNSHIP, "620721101000"));
        long first = cadre(unit, "王建国", "13800138000", CadreFlag.FIRST_SECRETARY, CadreFlag.TEAM_LEADER);
        long second = cadre(unit, "李红梅", "", CadreFlag.TEAM_MEMBER);
        long third = cadre(township, "赵小军", "13900139000", CadreFlag.COLLEGE_GRADUATE);
        assertThat(organisations.cadre(ALL, first).orElseThrow().phoneMasked()).isEqualTo("138****8000");
        HouseholdRow household = villageHouseholds.get(0);

        pairAndVisit(household, first, second);
        recordMeasureAndLoans(household);
        staffTheVillage(unit, first, second, third);
        runProjectsAndFunds(household);

        checkTheBattlePlan();

        Alerts.Summary late = alerts.summary(ALL, POOR_VILLAGE, 2015, LocalDate.of(2019, 3, 1), null);
        assertThat(late.months()).isEqualTo(6);
        assertThat(late.householdsWithoutCadre()).hasSize(villageHouseholds.size() - 1)
                .noneMatch(h -> h.householdNumber().equals(household.householdNumber()));
        assertThat(late.cadresWithoutVisit()).extracting(Alerts.SilentCadre::name).containsExactly("李红梅");
        assertThat(alerts.summary(ALL, POOR_VILLAGE, 2015, LocalDate.of(2018, 12, 1), 6).cadresWithoutVisit()).isEmpty();
    }

    private void pairAndVisit(HouseholdRow household, long first, long second) {
        accepted(pairings.pair(ALL, first, household.id(), LocalDate.of(2018, 1, 1)).orElseThrow());
        assertThat(pairings.pair(ALL, second, household.id(), LocalDate.of(2018, 1, 1)).orElseThrow().reasons())
                .extracting(Reason::code).containsExactly("PAIRING_NOT_AFTER_CURRENT");
        accepted(pairings.pair(ALL, second, household.id(), LocalDate.of(2018, 6, 1)).orElseThrow());
        List<Pairings.Pairing> history = pairings.history(ALL, household.id());
        assertThat(history).extracting(Pairings.Pairing::cadreName).containsExactly("李红梅", "王建国");
        assertThat(history.get(1).end()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(history.get(0).end()).isNull();

        accepted(pairings.logVisit(ALL, second, household.id(), LocalDate.of(2018, 7, 1), "了解养殖情况，宣讲小额信贷政策",
                null).orElseThrow());
        assertThat(pairings.visits(ALL, household.id())).singleElement()
                .satisfies(v -> assertThat(v.cadreName()).isEqualTo("李红梅"));
        assertThat(DatabaseScope.with("620721102", () -> pairings.history(new RegionScope("620721102"), household.id())))
                .as("another township sees nothing").isEmpty();
    }

    private void recordMeasureAndLoans(HouseholdRow household) {
        accepted(assistance.addMeasure(ALL, household.id(), new HouseholdAssistance.NewMeasure("INDUSTRY", "养殖肉牛2头",
                new BigDecimal("6000.00"), LocalDate.of(2018, 4, 1), MeasureStatus.DONE, "年增收3000元")).orElseThrow());
        assertThat(assistance.addMeasure(ALL, household.id(), new HouseholdAssistance.NewMeasure("LOTTERY", "x",
                BigDecimal.ONE, LocalDate.of(2018, 4, 1), MeasureStatus.PLANNED, null)).orElseThrow().reasons())
                .extracting(Reason::code).containsExactly("MEASURE_CATEGORY_UNKNOWN");

        Outcome refused = assistance.addLoan(ALL, household.id(), loan("60000.00", 48, LoanPurpose.BREEDING)).orElseThrow();
        assertThat(refused.accepted()).isFalse();
        assertThat(messages.of(refused.reasons(), Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "贷款金额 60000.00 元超过上限 50000.00 元（扶贫小额信贷原则上5万元以下）",
                "贷款期限 48 个月超过上限 36 个月（原则上3年期以内）");
        assertThat(messages.of(assistance.addLoan(ALL, household.id(), loan("20000.00", 24, LoanPurpose.WEDDING))
                .orElseThrow().reasons(), Locale.SIMPLIFIED_CHINESE)).singleElement().asString().contains("不是发展生产");
        accepted(assistance.addLoan(ALL, household.id(), loan("50000.00", 36, LoanPurpose.BREEDING)).orElseThrow());
        assertThat(assistance.loans(ALL, household.id())).singleElement().satisfies(l -> {
            assertThat(l.dueDate()).isEqualTo(LocalDate.of(2021, 3, 1));
            assertThat(l.amount()).isEqualByComparingTo("50000.00");
        });
        assertThat(assistance.measures(ALL, household.id())).extracting(HouseholdAssistance.Measure::category)
                .containsExactly("INDUSTRY");
    }

    private void staffTheVillage(long unit, long first, long second, long third) {
        accepted(organisations.assignLeader(ALL, first, POOR_VILLAGE, "COUNTY", LocalDate.of(2018, 1, 1)));
        accepted(organisations.assignLeader(ALL, third, POOR_VILLAGE, "TOWNSHIP", LocalDate.of(2018, 1, 1)));
        accepted(organisations.linkVillage(ALL, unit, POOR_VILLAGE, LocalDate.of(2018, 1, 1)));
        List<WorkTeams.Member> two = List.of(new WorkTeams.Member(first, true), new WorkTeams.Member(second, false));
        assertThat(teams.send(ALL, POOR_VILLAGE, unit, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 3, 1), two).reasons())
                .extracting(Reason::code).containsExactly("TEAM_TOO_FEW_MEMBERS", "TEAM_TERM_TOO_SHORT");
        List<WorkTeams.Member> three = List.of(two.get(0), two.get(1), new WorkTeams.Member(third, false));
        accepted(teams.send(ALL, POOR_VILLAGE, unit, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 3, 1), three));

        Staffing staffing = teams.staffing(ALL, POOR_VILLAGE, LocalDate.of(2019, 1, 1));
        assertThat(staffing.staffedCount()).isEqualTo(4);
        assertThat(staffing.missing()).containsExactly(SlotKind.VILLAGE_LEADER, SlotKind.TOWNSHIP_DEPARTMENT);
        assertThat(staffing.slots().get(SlotKind.WORK_TEAM.ordinal()).names()).containsExactly("王建国", "李红梅", "赵小军");
        assertThat(teams.staffing(ALL, POOR_VILLAGE, LocalDate.of(2017, 1, 1)).staffedCount()).isZero();
    }

    private void runProjectsAndFunds(HouseholdRow household) {
        long project = accepted(library.apply(ALL, 2019, fields(POOR_VILLAGE, null), new BigDecimal("100000.00"),
                LocalDate.of(2019, 2, 1)));
        step(project, ProjectStatus.REVIEWED, LocalDate.of(2019, 2, 10));
        assertThat(library.advance(ALL, project, ProjectStatus.IN_LIBRARY, LocalDate.of(2019, 2, 20)).orElseThrow()
                .reasons()).extracting(Reason::code).containsExactly("PROJECT_FIELD_MISSING", "PROJECT_PUBLICITY_MISSING");
        accepted(library.setPerformanceTarget(ALL, project, "带动40户贫困户户均增收1000元").orElseThrow());
        accepted(library.setPublicity(ALL, project, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 8)).orElseThrow());
        assertThat(library.advance(ALL, project, ProjectStatus.IN_LIBRARY, LocalDate.of(2019, 3, 20)).orElseThrow()
                .reasons()).containsExactly(Reason.of("PROJECT_PUBLICITY_TOO_SHORT", 8L, 10));
        accepted(library.setPublicity(ALL, project, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 10)).orElseThrow());
        step(project, ProjectStatus.IN_LIBRARY, LocalDate.of(2019, 3, 20));
        accepted(library.addBeneficiary(ALL, project, household.id()).orElseThrow());

        long allocation = accepted(funds.allocate(ALL, "620721000000", 2019, FundSource.CENTRAL, "E2E财农〔2019〕1号",
                new BigDecimal("120000.00"), LocalDate.of(2019, 1, 15)));
        assertThat(funds.disburse(ALL, allocation, project, LocalDate.of(2019, 3, 25), new BigDecimal("10.00"), "x")
                .orElseThrow().reasons()).extracting(Reason::code).containsExactly("FUND_PROJECT_NOT_STARTED");
        step(project, ProjectStatus.IMPLEMENTING, LocalDate.of(2019, 4, 1));
        accepted(funds.disburse(ALL, allocation, project, LocalDate.of(2019, 4, 10), new BigDecimal("60000.00"), "施工方")
                .orElseThrow());
        assertThat(funds.disburse(ALL, allocation, project, LocalDate.of(2019, 5, 10), new BigDecimal("70000.00"), "施工方")
                .orElseThrow().reasons()).containsExactly(Reason.of("FUND_OVERSPENT", "70000.00", "60000.00"));
        accepted(funds.disburse(ALL, allocation, project, LocalDate.of(2019, 5, 10), new BigDecimal("40000.00"), "施工方")
                .orElseThrow());
        step(project, ProjectStatus.COMPLETED, LocalDate.of(2019, 9, 1));
        step(project, ProjectStatus.ANNOUNCED, LocalDate.of(2019, 9, 15));

        long other = accepted(library.apply(ALL, 2019, fields(OTHER_VILLAGE, "道路硬化2公里"), new BigDecimal("20000.00"),
                LocalDate.of(2019, 2, 1)));
        accepted(library.setPublicity(ALL, other, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 12)).orElseThrow());
        step(other, ProjectStatus.REVIEWED, LocalDate.of(2019, 3, 2));
        step(other, ProjectStatus.IN_LIBRARY, LocalDate.of(2019, 3, 13));
        step(other, ProjectStatus.IMPLEMENTING, LocalDate.of(2019, 4, 1));
        accepted(funds.disburse(ALL, allocation, other, LocalDate.of(2019, 6, 1), new BigDecimal("20000.00"), "施工方")
                .orElseThrow());

        assertThat(library.project(ALL, project).orElseThrow().status()).isEqualTo(ProjectStatus.ANNOUNCED);
        assertThat(funds.allocations(ALL, "620721000000", 2019)).singleElement()
                .satisfies(a -> assertThat(a.balance()).isEqualByComparingTo("0.00"));
        FundShare share = funds.share(ALL, "620721000000", 2019);
        assertThat(share.paid()).isEqualByComparingTo("120000.00");
        assertThat(share.paidToPoorVillages()).isEqualByComparingTo("100000.00");
        assertThat(share.poorVillageShare()).isEqualByComparingTo("83.33");
        assertThat(share.paidForRegisteredHouseholds()).isEqualByComparingTo("100000.00");
        assertThat(share.consolidationVillageShare()).isEqualByComparingTo("0.00");
    }

    private void checkTheBattlePlan() {
        HouseholdRow exited = villageHouseholds.stream().filter(h -> h.povertyStatus().equals("1")).findFirst().orElseThrow();
        HouseholdRow poor = villageHouseholds.stream().filter(h -> !h.povertyStatus().equals("1")).findFirst().orElseThrow();
        accepted(battlePlan.planHousehold(ALL, exited.id(), 2016).orElseThrow());
        accepted(battlePlan.planHousehold(ALL, poor.id(), 2017).orElseThrow());
        accepted(battlePlan.planVillage(ALL, POOR_VILLAGE, 2018));

        BattlePlan.Progress progress = battlePlan.progress(ALL, "620721101000", 2015, 2018);

        assertThat(progress.total()).isEqualTo(new org.fupin.assistance.domain.ExitProgress(2, 2, 1, 1));
        assertThat(progress.lines()).extracting(BattlePlan.Line::code).containsExactly(POOR_VILLAGE);
        assertThat(progress.overdue()).extracting(HouseholdRow::householdNumber).containsExactly(poor.householdNumber());
        assertThat(progress.villagesByPlannedYear()).containsEntry(2018, 1L);
        assertThat(battlePlan.progress(ALL, "620721000000", 2015, 2017).total().overdue()).isZero();
    }

    private void step(long project, ProjectStatus to, LocalDate date) {
        Outcome outcome = library.advance(ALL, project, to, date).orElseThrow();
        assertThat(outcome.reasons()).as(to.name()).isEmpty();
    }

    private static ProjectFields fields(String village, String target) {
        return new ProjectFields("E2E肉牛养殖基地", "INDUSTRY", "NEW", village, "2019年3月至9月", "县农业农村局",
                "新建牛舍1200平方米", "中央财政专项扶贫资金100000元", "建档立卡贫困户40户", target, "贫困户入股分红");
    }

    private static HouseholdAssistance.NewLoan loan(String amount, int months, LoanPurpose purpose) {
        return new HouseholdAssistance.NewLoan(1, "县农村信用合作联社", new BigDecimal(amount), months,
                LocalDate.of(2018, 3, 1), new BigDecimal("0.0435"), BigDecimal.ONE, purpose);
    }

    private long cadre(long unit, String name, String phone, CadreFlag... flags) {
        return accepted(organisations.addCadre(ALL, new Organisations.NewCadre(unit, name, "科员", phone, List.of(flags))));
    }

    private static long accepted(Outcome outcome) {
        assertThat(outcome.reasons()).isEmpty();
        return outcome.id();
    }
}
