package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.domain.IdNumber;
import org.fupin.household.domain.TransferItem;
import org.fupin.identification.domain.CaseKind;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.kernel.Check;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #16: 转移性收入 in items. A one-person household with 2,000 yuan of wages and 1,500 yuan of transfers, of
 * which 1,200 yuan 医疗报销 (其他政策性收入), has 3,500 yuan per person, above the 2015 line of 2,855 — but the exit
 * counts 2,300, below it, until the county decides to count policy transfers.
 */
@FupinTest
class TransferItemsIntegrationTest {

    static final String VILLAGE = "620721101201";
    static final String HEADER = "年度,行政区划代码,户编号,姓名,证件号码,与户主关系,性别,民族,文化程度,在校生状况,健康状况,劳动技能,"
            + "务工状况,务工时间（月）,是否参加城乡居民基本医疗保险,是否参加城乡居民基本养老保险,联系电话,识别标准,贫困户属性,"
            + "主要致贫原因,其他致贫原因,脱贫状态,脱贫年度,工资性收入,生产经营性收入,财产性收入,转移性收入,其中：养老金或离退休金,"
            + "其中：其他政策性收入（医疗报销、危改补助、雨露计划、临时救助等）,生产经营性支出,住房安全等级,饮水安全,是否通生活用电\n";

    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired IdentificationCases cases;
    @Autowired CaseDecisions decisions;
    @Autowired PolicyParameters parameters;
    @TempDir Path dir;

    @Test
    void policyTransfersAreLeftOutOfTheExitIncomeUntilTheCountyCountsThem() throws IOException {
        Samples.importCounty(imports);
        ImportReport report = imports.importRegistry(csv("items.csv", row("T-TR-1", "62072119700101011", "1500", "300", "1200")),
                false, Imports.DEFAULT_LOCALE);
        assertThat(report.errors()).isEmpty();
        long household = registry.households(RegionScope.ALL, VILLAGE, 2015, 0, 1000).rows().stream()
                .filter(h -> h.householdNumber().equals("T-TR-1")).findFirst().orElseThrow().id();
        assertThat(registry.history(RegionScope.ALL, household).get(0).transferItems())
                .containsEntry(TransferItem.PENSION, new BigDecimal("300.00")).containsEntry(TransferItem.OTHER_POLICY,
                        new BigDecimal("1200.00")).hasSize(2);
        long exit = cases.open(RegionScope.ALL, CaseKind.EXIT, household, LocalDate.of(2015, 10, 1),
                new Actor("cadre", "VILLAGE_CADRE"));

        CaseDecisions.Decision leftOut = decide(exit);
        assertThat(check(leftOut, "INCOME_ABOVE_LINE").passed()).isFalse();
        assertThat((BigDecimal) check(leftOut, "INCOME_ABOVE_LINE").numbers().get(0)).isEqualByComparingTo("2300.00");
        assertThat(check(leftOut, "TRANSFERS_NOT_COUNTED").numbers()).containsExactly(new BigDecimal("1200.00"), 2015);

        parameters.setParameter(RegionScope.ALL, new PolicyParameters.Parameter("EXIT_COUNTS_TRANSFER.OTHER_POLICY",
                "620721", 2014, BigDecimal.ONE, "县扶贫办决定计入"), "county");
        CaseDecisions.Decision counted = decide(exit);
        assertThat(check(counted, "INCOME_ABOVE_LINE").passed()).isTrue();
        assertThat(counted.verdict().checks()).extracting(Check::name).doesNotContain("TRANSFERS_NOT_COUNTED");
    }

    @Test
    void itemsThatDoNotAddUpToTheTransferIncomeAreRefusedWhereTheyStand() throws IOException {
        Samples.importCounty(imports);
        ImportReport report = imports.importRegistry(csv("bad.csv", row("T-TR-2", "62072119700101029", "1500", "300", "1000")),
                false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(e -> e.row() + " " + e.column() + " " + e.value() + " " + e.message())
                .containsExactly("2 转移性收入 1500 转移性收入各项之和为 1300.00 元，与转移性收入 1500.00 元不符");
    }

    private CaseDecisions.Decision decide(long exit) {
        return decisions.decide(RegionScope.ALL, cases.find(RegionScope.ALL, exit).orElseThrow(), true,
                LocalDate.of(2015, 10, 1));
    }

    private static Check check(CaseDecisions.Decision d, String name) {
        return d.verdict().checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String row(String number, String body17, String transfer, String pension, String policy) {
        return String.join(",", "2015", VILLAGE, number, "转移户", body17 + IdNumber.checkCharacter(body17), "户主", "男",
                "汉族", "初中", "", "健康", "普通劳动力", "", "", "是", "是", "", "国家标准", "一般贫困户", "因病", "",
                "未脱贫", "", "2000", "0", "0", transfer, pension, policy, "0", "B", "是", "是") + "\n";
    }

    private Path csv(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return file;
    }
}
