package org.fupin.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.indicators.domain.Gap;
import org.fupin.indicators.domain.Indicator;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A county with all 39 values imported: every indicator at its target except six with known shortfalls, so the
 * total is 100 minus the weighted shortfalls, computed here by hand: 100 − (2.0 + 0.8 + 0.6 + 0.4 + 0.35 + 0.15) = 95.7.
 */
@FupinTest
class CountyIndicatorsIntegrationTest {

    private static final String COUNTY = "620721000000";
    /** Indicator code → actual value for the six below their targets (attainment 50, 80, 80, 80, 90, 95 %). */
    private static final Map<String, String> SHORT = Map.of("01", "28500", "19", "20000", "30", "76", "22", "50",
            "10", "85.5", "39", "80.75");

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired IndicatorImports indicatorImports;
    @Autowired Indicators indicators;

    @Test
    void showsTheTotalTheCountAtTargetAndTheFiveLargestGaps() throws Exception {
        Samples.importCounty(imports);
        StringBuilder csv = new StringBuilder("年度,行政区划代码,指标代码,指标名称,实际值\n");
        for (Indicator i : indicators.set(Indicators.NATIONAL_2013)) {
            String value = SHORT.getOrDefault(i.code(), i.target().stripTrailingZeros().toPlainString());
            csv.append("2015,").append(COUNTY).append(',').append(i.code()).append(',').append(i.name()).append(',')
                    .append(value).append('\n');
        }
        Path file = Files.createTempFile("indicators", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        ImportReport report = indicatorImports.importIndicatorValues(file, false, Imports.DEFAULT_LOCALE);

        assertThat(report.errors()).isEmpty();
        Indicators.Report county = indicators.attainment(RegionScope.ALL, COUNTY, 2015, Indicators.NATIONAL_2013);
        assertThat(county.attainment().total()).isEqualByComparingTo("95.7");
        assertThat(county.attainment().atTarget()).isEqualTo(33);
        assertThat(county.attainment().gaps().stream().limit(5).map(Gap::indicator).map(Indicator::code))
                .containsExactly("01", "19", "30", "22", "10");

        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
        String page = session.get("/indicators/" + COUNTY + "?year=2015").body();
        assertThat(page).contains("id=\"total\">95.7000%").contains("33 / 39");
        byte[] xlsx = session.xlsx("/export/indicators/" + COUNTY + ".xlsx?year=2015").body();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + 39 + 1);
            assertThat(new java.math.BigDecimal(rows.get(40).getCellRawValue(7).orElseThrow())).isEqualByComparingTo("95.7");
        }
    }

    @Test
    void importsAProvincialSetWithAnIntervalAndACompositeAndScoresIt() throws Exception {
        Samples.importCounty(imports);
        Path set = Files.createTempFile("set", ".csv");
        Files.writeString(set, """
                体系代码,体系名称,领域,指标代码,指标名称,单位,权重,方向,目标值,目标区间下限,目标区间上限,允许下限,允许上限,上级指标代码
                T24,测试省县级指标,经济,A1,人均生产总值,元,50,正指标,100,,,,,
                T24,测试省县级指标,民生,A2,失业率,%,30,区间指标,,3,6,1,10,
                T24,测试省县级指标,环境,A3,环境指数,%,20,综合指标,,,,,,
                T24,测试省县级指标,环境,A31,空气质量,%,1,正指标,100,,,,,A3
                T24,测试省县级指标,环境,A32,污染强度,%,1,逆指标,50,,,,,A3
                """, StandardCharsets.UTF_8);
        Path values = Files.createTempFile("values", ".csv");
        Files.writeString(values, """
                年度,行政区划代码,指标体系,指标代码,实际值
                2016,620721000000,T24,A1,80
                2016,620721000000,T24,A2,8
                2016,620721000000,T24,A31,100
                2016,620721000000,T24,A32,100
                """, StandardCharsets.UTF_8);

        assertThat(indicatorImports.importIndicatorSet(set, false, Imports.DEFAULT_LOCALE).errors()).isEmpty();
        assertThat(indicatorImports.importIndicatorValues(values, false, Imports.DEFAULT_LOCALE).errors()).isEmpty();

        // A1 80 %, A2 (10 − 8) / (10 − 6) = 50 %, A3 = (100 + 50) / 2 = 75 %: (50·80 + 30·50 + 20·75) / 100 = 70
        assertThat(indicators.attainment(RegionScope.ALL, COUNTY, 2016, "T24").attainment().total()).isEqualByComparingTo("70");
    }

    @Test
    void rejectsAnUnknownIndicatorAndAValueThatIsNotANumberWithTheirRows() throws Exception {
        Path file = Files.createTempFile("indicators-bad", ".csv");
        Files.writeString(file, "年度,行政区划代码,指标代码,实际值\n2015,620721000000,99,1\n2015,620721000000,01,abc\n",
                StandardCharsets.UTF_8);

        ImportReport report = indicatorImports.importIndicatorValues(file, false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(e -> e.row() + ":" + e.column())
                .contains("2:指标代码", "3:实际值");
    }
}
