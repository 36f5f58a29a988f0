package org.fupin.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facility table from CSV and XLSX, all or nothing, with errors located by row, column and value in Chinese. */
@FupinTest
class FacilityImportIntegrationTest {

    @Autowired Imports imports;
    @Autowired FacilityImports facilityImports;
    @Autowired Facilities facilities;
    @Autowired javax.sql.DataSource dataSource;

    @BeforeEach
    void importTheCountyAndItsFacilities() {
        Samples.importCounty(imports);
        ImportReport report = facilityImports.importFacilities(FacilityTables.sample(), 2015,
                false, Imports.DEFAULT_LOCALE);
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void showsPerTypeTheReportingVillagesThatHaveItAndListsThoseLackingIt() {
        Coverage coverage = facilities.coverage(RegionScope.ALL, FacilityTables.TOWNSHIP, 2015);

        assertThat(coverage.villages()).isEqualTo(18);
        assertThat(coverage.reported()).isEqualTo(5);
        assertThat(coverage.notReported()).hasSize(13);
        Coverage.TypeCoverage clinic = type(coverage, "CLINIC");
        assertThat(clinic.villagesWith()).isEqualTo(4);
        assertThat(clinic.villagesMeetingStandard()).isEqualTo(3);
        assertThat(clinic.lacking()).extracting(Coverage.Village::code).containsExactly("620721101205");
        Coverage.TypeCoverage water = type(coverage, "TAP_WATER");
        assertThat(water.villagesWith()).isEqualTo(2);
        assertThat(water.householdsCovered()).isEqualTo(200);
        assertThat(water.lacking()).extracting(Coverage.Village::code)
                .containsExactly("620721101203", "620721101204", "620721101205");
        assertThat(type(coverage, "BUS_STOP").villagesWith()).isEqualTo(1);
    }

    @Test
    void aNewFileReplacesTheListOfTheVillagesItNamesAndLeavesTheOthers() throws Exception {
        Path file = FacilityTables.write("bus", "行政区划代码,设施类型,数量\n620721101202,通客车,1\n");

        assertThat(facilityImports.importFacilities(file, 2015, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();

        List<VillageFacility> rows = facilities.rows(RegionScope.ALL, "620721101202", 2015);
        assertThat(rows).extracting(VillageFacility::type).containsExactly("BUS_STOP");
        assertThat(rows.get(0).source()).startsWith("IMPORT:bus");
        assertThat(facilities.rows(RegionScope.ALL, "620721101201", 2015)).hasSize(4);
    }

    @Test
    void readsTheSameTemplateFromAnXlsxWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            String[][] cells = {{"年度", "行政区划代码", "设施类型", "数量", "是否达标", "覆盖户数"},
                    {"2015", "620721102201", "自来水", "1", "是", "170"}, {"2015", "620721102201", "电商服务站", "2", "", ""}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) sheet.value(r, c, cells[r][c]);
            }
        }
        Path file = Files.createTempFile("facilities", ".xlsx");
        Files.write(file, bytes.toByteArray());

        assertThat(facilityImports.importFacilities(file, 2015, false, Imports.DEFAULT_LOCALE).errors()).isEmpty();

        assertThat(facilities.rows(RegionScope.ALL, "620721102201", 2015))
                .containsExactly(new VillageFacility(2015, "620721102201", "ECOMMERCE_POINT", 2, null, null,
                                "IMPORT:" + file.getFileName()),
                        new VillageFacility(2015, "620721102201", "TAP_WATER", 1, true, 170, "IMPORT:" + file.getFileName()));
    }

    @Test
    void rejectsTheWholeFileWithEachErrorLocatedInPlainChinese() {
        Path file = FacilityTables.write("bad", """
                年度,行政区划代码,设施类型,数量,是否达标,覆盖户数
                2015,620721101201,标准化村卫生室,0,是,
                2016,620721101202,自来水,1,是,10
                2015,620721101203,水塔,1,是,
                2015,620721101204,自来水,两个,是,
                2015,620721101205,自来水,1,也许,
                2015,620721102201,自来水,1,是,999
                2015,620721101207,自来水,0,,5
                2015,620721102201,TAP_WATER,1,,
                2015,620721999999,自来水,1,,
                2015,620721101000,自来水,1,,
                """);

        ImportReport report = facilityImports.importFacilities(file, 2015, false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(e -> e.row() + "|" + e.column() + "|" + e.value() + "|" + e.message())
                .containsExactlyInAnyOrder(
                        "3|年度|2016|年度与本次导入的年度 2015 不一致",
                        "4|设施类型|水塔|不是本栏允许的值，请从模板说明的选项中选择",
                        "5|数量|两个|应为不小于 0 的整数",
                        "6|是否达标|也许|不是本栏允许的值，请从模板说明的选项中选择",
                        "7|覆盖户数|999|覆盖户数超过该村本年度总户数（170 户）",
                        "8|覆盖户数|5|数量为 0 时，覆盖户数应留空或填 0",
                        "9|设施类型|TAP_WATER|同一村同一设施类型出现多次（另见第 7 行）",
                        "10|行政区划代码|620721999999|系统中没有这个村，请先导入行政区划表或核对代码",
                        "11|行政区划代码|620721101000|应为 12 位村级行政区划代码（后 3 位不能为 000）");
        assertThat(facilities.rows(RegionScope.ALL, "620721101201", 2015)).hasSize(4);
    }

    @Test
    void theDatabaseShowsAVillageScopeOnlyItsOwnFacilities() {
        String village = "620721101201";

        long seen = org.fupin.system.DatabaseScope.with(village, () -> count("select count(*) from village_facility"));
        long others = org.fupin.system.DatabaseScope.with(village, () -> count(
                "select count(*) from village_facility where village_code <> '" + village + "'"));

        assertThat(seen).isEqualTo(4);
        assertThat(others).isZero();
        assertThat(org.fupin.system.DatabaseScope.with(org.fupin.system.DatabaseScope.NOTHING,
                () -> count("select count(*) from village_facility"))).isZero();
    }

    private long count(String sql) {
        try (var c = dataSource.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Coverage.TypeCoverage type(Coverage coverage, String code) {
        return coverage.types().stream().filter(t -> t.type().equals(code)).findFirst().orElseThrow();
    }
}
