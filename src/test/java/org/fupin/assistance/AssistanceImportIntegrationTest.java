package org.fupin.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.ImportIssue;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three assistance templates: cadres, then pairings and measures of households of one village; a file with one
 * bad row changes nothing and names row, column and value; the same file twice gives the same state.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistanceImportIntegrationTest {

    private static final String VILLAGE = "620721101202";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired AssistanceImport importer;
    @Autowired Organisations organisations;
    @Autowired Pairings pairings;
    @Autowired HouseholdAssistance assistance;

    private List<HouseholdRow> households;

    @BeforeAll
    void importSampleCounty() {
        Samples.importCounty(imports);
        households = registry.households(RegionScope.ALL, VILLAGE, 2015, 0, 2).rows();
    }

    @Test
    void importsCadresPairingsAndMeasuresAllOrNothing() throws Exception {
        Path cadres = xlsx(List.of("帮扶单位", "单位隶属关系", "单位区划代码", "姓名", "职务", "联系电话", "身份"),
                List.of("IMP县林业局", "县直", "620721000000", "IMP周敏", "副局长", "13512345678", "第一书记、驻村工作队长"),
                List.of("IMP县林业局", "县直", "620721000000", "IMP吴涛", "科员", "", ""));
        ImportReport first = importer.importFile(RegionScope.ALL, ImportTemplate.CADRES, cadres, false, ZH);
        assertThat(first.errors()).isEmpty();
        assertThat(importer.importFile(RegionScope.ALL, ImportTemplate.CADRES, cadres, false, ZH).accepted()).isTrue();
        assertThat(organisations.cadres(RegionScope.ALL)).filteredOn(c -> c.unitName().equals("IMP县林业局"))
                .extracting(Organisations.Cadre::name).containsExactlyInAnyOrder("IMP周敏", "IMP吴涛");

        HouseholdRow a = households.get(0);
        HouseholdRow b = households.get(1);
        Path bad = xlsx(List.of("村代码", "年度", "户编号", "帮扶责任人", "帮扶单位", "结对开始日期"),
                List.of(VILLAGE, "2015", a.householdNumber(), "IMP周敏", "IMP县林业局", "2016-01-01"),
                List.of(VILLAGE, "2015", "999", "IMP周敏", "IMP县林业局", "2016-01-01"),
                List.of(VILLAGE, "2015", b.householdNumber(), "IMP无名", "IMP县林业局", "2016-13-01"));
        ImportReport rejected = importer.importFile(RegionScope.ALL, ImportTemplate.PAIRINGS, bad, false, ZH);
        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.errors()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "户编号", "999"),
                org.assertj.core.groups.Tuple.tuple(4, "帮扶责任人", "IMP无名"));
        assertThat(rejected.errors().get(0).message()).isEqualTo("2015 年度村 620721101202 没有户编号为“999”的建档立卡户");
        assertThat(pairings.history(RegionScope.ALL, a.id())).as("nothing written").isEmpty();

        Path good = xlsx(List.of("村代码", "年度", "户编号", "帮扶责任人", "帮扶单位", "结对开始日期"),
                List.of(VILLAGE, "2015", a.householdNumber(), "IMP周敏", "IMP县林业局", "2016-01-01"),
                List.of(VILLAGE, "2015", b.householdNumber(), "IMP吴涛", "IMP县林业局", "2016-01-01"));
        assertThat(importer.importFile(RegionScope.ALL, ImportTemplate.PAIRINGS, good, true, ZH).accepted()).isTrue();
        assertThat(pairings.history(RegionScope.ALL, a.id())).as("dry run writes nothing").isEmpty();
        assertThat(importer.importFile(RegionScope.ALL, ImportTemplate.PAIRINGS, good, false, ZH).errors()).isEmpty();
        assertThat(importer.importFile(RegionScope.ALL, ImportTemplate.PAIRINGS, good, false, ZH).errors()).isEmpty();
        assertThat(pairings.history(RegionScope.ALL, a.id())).extracting(Pairings.Pairing::cadreName).containsExactly("IMP周敏");

        Path measures = xlsx(List.of("村代码", "年度", "户编号", "措施类别", "措施名称", "扶持资金（元）", "日期", "状态", "成效"),
                List.of(VILLAGE, "2015", a.householdNumber(), "产业", "种植中药材5亩", "2500.00", "2016-04-01", "已完成", "年增收2000元"),
                List.of(VILLAGE, "2015", b.householdNumber(), "教育帮扶", "雨露计划", "3000", "2016-09-01", "实施中", ""));
        assertThat(importer.importFile(RegionScope.ALL, ImportTemplate.MEASURES, measures, false, ZH).errors()).isEmpty();
        assertThat(importer.importFile(RegionScope.ALL, ImportTemplate.MEASURES, measures, false, ZH).errors()).isEmpty();
        assertThat(assistance.measures(RegionScope.ALL, a.id())).singleElement().satisfies(m -> {
            assertThat(m.category()).isEqualTo("INDUSTRY");
            assertThat(m.amount()).isEqualByComparingTo("2500.00");
            assertThat(m.status()).isEqualTo("DONE");
        });
    }

    @Test
    void aFileWithoutARequiredColumnIsRejectedBeforeAnyRow() throws Exception {
        Path file = xlsx(List.of("村代码", "年度", "户编号"), List.of(VILLAGE, "2015", "1"));

        ImportReport report = importer.importFile(RegionScope.ALL, ImportTemplate.MEASURES, file, false, ZH);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(ImportIssue::column).contains("措施类别", "状态");
        assertThat(report.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(1));
    }

    @SafeVarargs
    private static Path xlsx(List<String>... rows) throws Exception {
        Path file = Files.createTempFile("assistance", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("1");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].size(); c++) sheet.value(r, c, rows[r].get(c));
            }
            workbook.finish();
        }
        return file;
    }
}
