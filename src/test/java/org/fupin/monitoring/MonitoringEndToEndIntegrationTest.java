package org.fupin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.domain.IdNumber;
import org.fupin.household.domain.RegistryColumn;
import org.fupin.identification.EventType;
import org.fupin.identification.HouseholdEvents;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.monitoring.domain.Category;
import org.fupin.monitoring.domain.RangeRule;
import org.fupin.notice.PublicNotices;
import org.fupin.kernel.Check;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A department warning to risk elimination, and a late identification with a missing measure (issue #10). */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringEndToEndIntegrationTest {

    static final RegionScope ALL = RegionScope.ALL;
    static final String VILLAGE = "620721101201";
    static final String HEADER = "行政区划代码,户编号,户主姓名,家庭人口数,风险类型,预警日期,金额,说明\n";

    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired HouseholdEvents events;
    @Autowired PublicNotices notices;
    @Autowired Monitoring monitoring;
    @Autowired RiskCare care;
    @Autowired WarningImport warnings;
    @Autowired MonitoringRanges ranges;
    @Autowired MonitoringDashboard dashboard;
    @TempDir Path dir;

    @BeforeAll
    void county() {
        Samples.importCounty(imports);
        ranges.setRange(ALL, "620721", 2024, new RangeRule(RangeRule.Basis.AMOUNT, new BigDecimal("7000")), null,
                "test range", "test");
    }

    @Test
    void aDepartmentWarningLeadsToAnIdentifiedHouseholdHelpSixVisitsAndRiskElimination() throws IOException {
        long household = registryHousehold("TM-1", "监测户主", "62072119700303011");
        ImportReport rejected = warnings.importWarnings(ALL, csv("bad.csv", HEADER
                + VILLAGE + ",TM-1,监测户主,1,因病,2024-03-01,30000,住院自付\n"
                + VILLAGE + ",TM-9,另一户,3,因穷,2024-02-30,abc,\n"), "医保局", Locale.SIMPLIFIED_CHINESE, "test");
        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.errors()).extracting(e -> e.row() + " " + e.column() + " " + e.value()).containsExactly(
                "3 风险类型 因穷", "3 预警日期 2024-02-30", "3 金额 abc");
        assertThat(rejected.errors().get(0).message()).isEqualTo("风险类型“因穷”不在字典中");
        assertThat(monitoring.history(ALL, VILLAGE, "TM-1")).isEmpty();

        ImportReport report = warnings.importWarnings(ALL, csv("warn.csv", HEADER
                + VILLAGE + ",TM-1,监测户主,1,因病,2024-03-01,30000,住院自付\n"), "医保局", Locale.SIMPLIFIED_CHINESE, "test");
        assertThat(report.accepted()).isTrue();
        long id = monitoring.history(ALL, VILLAGE, "TM-1").get(0).id();
        assertThat(monitoring.detail(ALL, id).clues()).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo("DEPARTMENT_WARNING");
            assertThat(c.department()).isEqualTo("医保局");
            assertThat(c.rowNo()).isEqualTo(2);
        });
        assertThat(monitoring.detail(ALL, id).episode().householdId()).isEqualTo(household);

        identify(id, "8000", "30000", 3, 12);
        Views.Episode identified = monitoring.detail(ALL, id).episode();
        assertThat(identified.category()).isEqualTo(Category.SEVERE_DIFFICULTY);
        assertThat(identified.identifiedOn()).isEqualTo(day(3, 12));
        assertThat(events.history(ALL, VILLAGE, "TM-1")).extracting(HouseholdEvents.Event::type)
                .containsExactly(EventType.MONITORING_MARKING);

        care.addMeasure(ALL, id, "EMPLOYMENT", day(3, 20), "公益性岗位以外的务工介绍", "cadre");
        for (int month = 4; month <= 9; month++) {
            care.followUp(ALL, id, new Views.FollowUpInput(day(month, 15), new BigDecimal("9000"), true, true, true,
                    "走访"), "cadre");
        }
        assertThat(names(care.eliminationCheck(ALL, id, day(8, 20)).reasons()))
                .containsExactly("INCOME_STABLE_ABOVE_RANGE");
        assertThatThrownBy(() -> care.eliminationVisit(ALL, id, day(8, 20), List.of("甲", "乙"), "", "cadre"))
                .isInstanceOfSatisfying(MonitoringException.class, e -> assertThat(e.code()).isEqualTo("CRITERIA_NOT_MET"));
        assertThat(care.eliminationCheck(ALL, id, day(9, 20)).passed()).isTrue();

        care.eliminationVisit(ALL, id, day(9, 20), List.of("甲", "乙"), "核实", "cadre");
        long notice = care.openEliminationNotice(ALL, id, "风险消除公示", day(9, 21), "村务公开栏", "cadre");
        notices.recordPosting(ALL, notice, day(9, 21), "村务公开栏", "照片", "cadre");
        assertThatThrownBy(() -> care.eliminate(ALL, id, day(9, 25), "", "county"))
                .isInstanceOfSatisfying(MonitoringException.class, e -> assertThat(e.code()).isEqualTo("NOTICE_NOT_OVER"));
        Views.Episode eliminated = care.eliminate(ALL, id, day(9, 26), "审核确认", "county");
        assertThat(eliminated.status()).isEqualTo(Views.Status.ELIMINATED);
        assertThat(eliminated.eliminationMethod()).isEqualTo("HELPED");
        assertThat(events.history(ALL, VILLAGE, "TM-1")).extracting(HouseholdEvents.Event::type)
                .containsExactly(EventType.MONITORING_MARKING, EventType.RISK_ELIMINATED);

        long again = monitoring.recordClue(ALL, new Views.ClueInput(VILLAGE, "TM-1", "监测户主", 1,
                Views.Channel.SELF_DECLARATION, "", "DISASTER", day(11, 1), null, "冰雹"), "cadre");
        assertThat(again).isNotEqualTo(id);
        assertThat(monitoring.history(ALL, VILLAGE, "TM-1")).extracting(Views.Episode::previousEpisodeId)
                .containsExactly(null, id);
    }

    /** Issue #19: a clue of a registered household names its head and size as the registry does. */
    @Test
    void aClueThatDisagreesWithTheRegistryIsRefusedOnTheFormAndInTheImport() throws IOException {
        registryHousehold("TM-9", "登记户主", "62072119700303061");
        assertThatThrownBy(() -> monitoring.recordClue(ALL, new Views.ClueInput(VILLAGE, "TM-9", "别的户主", 1,
                Views.Channel.SELF_DECLARATION, "", "ILLNESS", day(4, 1), null, ""), "cadre"))
                .isInstanceOfSatisfying(MonitoringException.class, e -> {
                    assertThat(e.code()).isEqualTo("CLUE_DISAGREES_WITH_REGISTRY");
                    assertThat(e.args()).containsExactly(2015, "登记户主", 1);
                });
        ImportReport report = warnings.importWarnings(ALL, csv("disagrees.csv", HEADER
                + VILLAGE + ",TM-9,登记户主,4,因病,2024-04-01,1000,\n"), "医保局", Locale.SIMPLIFIED_CHINESE, "test");
        assertThat(report.errors()).extracting(e -> e.row() + " " + e.column() + " " + e.value() + " " + e.message())
                .containsExactly("2 家庭人口数 4 家庭人口数 4 与登记库（2015年）的 1 人不一致");
        assertThat(monitoring.history(ALL, VILLAGE, "TM-9")).isEmpty();
        monitoring.recordClue(ALL, new Views.ClueInput(VILLAGE, "TM-9", "登记户主", 1, Views.Channel.SELF_DECLARATION,
                "", "ILLNESS", day(4, 1), null, ""), "cadre");
        assertThat(monitoring.history(ALL, VILLAGE, "TM-9")).hasSize(1);
    }

    @Test
    void aLateIdentificationAndAMissingMeasureRaiseAlerts() {
        long id = monitoring.recordClue(ALL, new Views.ClueInput(VILLAGE, "TM-2", "边缘户主", 2,
                Views.Channel.CADRE_SCREENING, "", "UNSTABLE_EMPLOYMENT", day(3, 1), null, "返乡"), "cadre");
        assertThatThrownBy(() -> monitoring.homeVisit(ALL, id, visit(List.of("甲"), "6000", "0"), "cadre"))
                .isInstanceOfSatisfying(MonitoringException.class, e -> {
                    assertThat(e.code()).isEqualTo("VISITORS_TOO_FEW");
                    assertThat(e.args()).containsExactly(1, 2);
                });
        monitoring.homeVisit(ALL, id, visit(List.of("甲", "乙"), "6000", "0"), "cadre");
        monitoring.compare(ALL, id, day(3, 6), null, "", "cadre");
        monitoring.democraticReview(ALL, id, day(3, 8), true, "", "cadre");
        long notice = monitoring.openNotice(ALL, id, "监测对象公示", day(3, 12), "村务公开栏", "cadre");
        notices.recordPosting(ALL, notice, day(3, 12), "村务公开栏", "照片", "cadre");

        assertThat(alerts(day(3, 16), id)).isEmpty();
        assertThat(alerts(day(3, 17), id)).containsExactly("DECISION_WITHIN_DAYS");
        assertThat(keys(day(3, 17), MonitoringDashboard.Dimension.DECISION, "OVERDUE")).contains("TM-2");

        monitoring.townshipReview(ALL, id, day(3, 18), true, "", "township");
        Monitoring.Decision decision = monitoring.countyDecision(ALL, id, day(3, 22), true, "", "county");
        assertThat(decision.episode().category()).isEqualTo(Category.MARGINAL);
        assertThat(names(decision.timeliness().reasons())).containsExactly("DECISION_WITHIN_DAYS");
        assertThat(decision.timeliness().reasons().get(0).numbers().get(2)).isEqualTo(21L);
        assertThat(keys(day(3, 22), MonitoringDashboard.Dimension.DECISION, "LATE")).contains("TM-2");

        assertThat(alerts(day(4, 21), id)).containsExactly("DECISION_WITHIN_DAYS");
        assertThat(alerts(day(4, 22), id)).containsExactly("DECISION_WITHIN_DAYS", "MEASURE_WITHIN_MONTH");
        assertThat(keys(day(4, 22), MonitoringDashboard.Dimension.MEASURES, "MISSING")).contains("TM-2");
        assertThat(alerts(day(9, 22), id))
                .containsExactly("DECISION_WITHIN_DAYS", "MEASURE_WITHIN_MONTH", "DEVELOPMENTAL_FOR_LABOUR");
    }

    @Test
    void everyCountOfTheBoardIsTheSizeOfItsList() {
        monitoring.recordClue(ALL, new Views.ClueInput(VILLAGE, "TM-3", "第三户", 4, Views.Channel.SELF_DECLARATION, "",
                "ILLNESS", day(5, 1), null, ""), "cadre");
        LocalDate date = day(12, 31);
        MonitoringDashboard.Board board = dashboard.board(ALL, "620721", date);
        assertThat(board.households()).isPositive();
        assertThat(board.households()).isEqualTo(dashboard.list(ALL, "620721", date, null, null).size());
        for (MonitoringDashboard.Count c : board.counts()) {
            List<MonitoringDashboard.Row> rows = dashboard.list(ALL, "620721", date, c.dimension(), c.key());
            assertThat(rows).as(c.toString()).hasSize((int) c.households());
            assertThat(rows.stream().mapToLong(r -> r.episode().memberCount()).sum()).as(c.toString())
                    .isEqualTo(c.persons());
        }
        long statusTotal = board.counts().stream().filter(c -> c.dimension() == MonitoringDashboard.Dimension.STATUS)
                .mapToLong(MonitoringDashboard.Count::households).sum();
        assertThat(statusTotal).isEqualTo(board.households());
    }

    private void identify(long id, String income, String rigid, int month, int decisionDay) {
        monitoring.homeVisit(ALL, id, new Views.VisitInput(day(month, 3), List.of("甲", "乙"), true, "承诺授权书已签字",
                new BigDecimal(income), new BigDecimal(rigid), false, true, List.of("ILLNESS"), "采集表"), "cadre");
        monitoring.compare(ALL, id, day(month, 4), null, "no hits", "cadre");
        monitoring.democraticReview(ALL, id, day(month, 5), true, "", "cadre");
        long notice = monitoring.openNotice(ALL, id, "监测对象公示", day(month, 6), "村务公开栏", "cadre");
        notices.recordPosting(ALL, notice, day(month, 6), "村务公开栏", "照片", "cadre");
        assertThatThrownBy(() -> monitoring.townshipReview(ALL, id, day(month, 10), true, "", "township"))
                .isInstanceOfSatisfying(MonitoringException.class, e -> assertThat(e.code()).isEqualTo("NOTICE_NOT_OVER"));
        monitoring.townshipReview(ALL, id, day(month, 11), true, "", "township");
        Monitoring.Decision decision = monitoring.countyDecision(ALL, id, day(month, decisionDay), true, "", "county");
        assertThat(decision.timeliness().passed()).isTrue();
    }

    private Views.VisitInput visit(List<String> visitors, String income, String rigid) {
        return new Views.VisitInput(day(3, 5), visitors, true, "承诺授权书", new BigDecimal(income),
                new BigDecimal(rigid), false, true, List.of("UNSTABLE_EMPLOYMENT"), "");
    }

    private List<String> alerts(LocalDate date, long id) {
        return dashboard.alerts(ALL, VILLAGE, date).stream().filter(a -> a.episodeId() == id)
                .map(a -> a.check().name()).toList();
    }

    private List<String> keys(LocalDate date, MonitoringDashboard.Dimension d, String key) {
        return dashboard.list(ALL, VILLAGE, date, d, key).stream().map(r -> r.episode().householdNumber()).toList();
    }

    private long registryHousehold(String number, String head, String idBody17) {
        Map<RegistryColumn, String> cells = new java.util.LinkedHashMap<>(Map.ofEntries(
                Map.entry(RegistryColumn.HOUSEHOLD_NUMBER, number), Map.entry(RegistryColumn.NAME, head),
                Map.entry(RegistryColumn.ID_NUMBER, idBody17 + IdNumber.checkCharacter(idBody17)),
                Map.entry(RegistryColumn.RELATIONSHIP, "户主"), Map.entry(RegistryColumn.SEX, "男"),
                Map.entry(RegistryColumn.ETHNICITY, "汉族"), Map.entry(RegistryColumn.EDUCATION, "初中"),
                Map.entry(RegistryColumn.HEALTH, "健康"), Map.entry(RegistryColumn.LABOUR_SKILL, "普通劳动力"),
                Map.entry(RegistryColumn.MEDICAL_INSURANCE, "是"), Map.entry(RegistryColumn.PENSION_INSURANCE, "是"),
                Map.entry(RegistryColumn.IDENTIFICATION_STANDARD, "国家标准"), Map.entry(RegistryColumn.ATTRIBUTE, "一般贫困户"),
                Map.entry(RegistryColumn.MAIN_CAUSE, "缺资金"), Map.entry(RegistryColumn.POVERTY_STATUS, "未脱贫"),
                Map.entry(RegistryColumn.WAGE_INCOME, "1000"), Map.entry(RegistryColumn.BUSINESS_INCOME, "0"),
                Map.entry(RegistryColumn.PROPERTY_INCOME, "0"), Map.entry(RegistryColumn.TRANSFER_INCOME, "0"),
                Map.entry(RegistryColumn.BUSINESS_EXPENSE, "0"), Map.entry(RegistryColumn.HOUSING_SAFETY, "B"),
                Map.entry(RegistryColumn.SAFE_WATER, "是"), Map.entry(RegistryColumn.ELECTRICITY, "是")));
        HouseholdEditor.Created created = editor.create(ALL, VILLAGE, 2015, cells, "test");
        assertThat(created.id()).as(created.findings().toString()).isNotNull();
        return created.id();
    }

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> names(List<Check> checks) {
        return checks.stream().map(Check::name).toList();
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }
}
