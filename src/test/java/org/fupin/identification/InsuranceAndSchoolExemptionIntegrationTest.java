package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.domain.IdNumber;
import org.fupin.identification.domain.CaseKind;
import org.fupin.identification.domain.Guarantees;
import org.fupin.imports.ImportReport;
import org.fupin.imports.Imports;
import org.fupin.kernel.Check;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #16: a member in 城镇职工医保 is insured, and a 10-year-old taught at home (送教上门) is no dropout; the
 * registry template takes both as optional columns, an old file without them still imports, and a malformed
 * exemption is refused with its row, column and value.
 */
@FupinTest
class InsuranceAndSchoolExemptionIntegrationTest {

    static final String VILLAGE = "620721101201";
    static final String HEADER = "年度,行政区划代码,户编号,姓名,证件号码,与户主关系,性别,民族,文化程度,在校生状况,健康状况,劳动技能,"
            + "务工状况,务工时间（月）,是否参加城乡居民基本医疗保险,是否参加城乡居民基本养老保险,是否参加城镇职工基本医疗保险,"
            + "义务教育阶段送教上门或休学（原因）,联系电话,识别标准,贫困户属性,主要致贫原因,其他致贫原因,脱贫状态,脱贫年度,"
            + "工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出,住房安全等级,饮水安全,是否通生活用电\n";

    /** The 15 household columns, blank on a member's row. */
    static final String MEMBER_REST = ",".repeat(15) + "\n";

    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired IdentificationCases cases;
    @Autowired CaseDecisions decisions;
    @TempDir Path dir;

    @Test
    void employeeInsuranceInsuresAndAChildTaughtAtHomeIsNoDropout() throws IOException {
        Samples.importCounty(imports);
        String head = id("62072119800101001");           // insured only through 城镇职工医保
        String child = id("62072120050301003");          // 10 on 31 August 2015, not in school, 送教上门
        ImportReport report = imports.importRegistry(csv("good.csv",
                row("T-INS-1", "工作户", head, "户主", "男", "初中", "", "否", "是", "是", "")
                        + ",,国家标准,一般贫困户,因病,,未脱贫,,6000,0,0,0,0,B,是,是\n"
                + row("T-INS-1", "送教子", child, "之子", "男", "小学", "", "是", "是", "", "送教上门") + MEMBER_REST),
                false, Imports.DEFAULT_LOCALE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.accepted()).isTrue();
        long household = registry.households(RegionScope.ALL, VILLAGE, 2015, 0, 1000).rows().stream()
                .filter(h -> h.householdNumber().equals("T-INS-1")).findFirst().orElseThrow().id();

        long exit = cases.open(RegionScope.ALL, CaseKind.EXIT, household, LocalDate.of(2015, 10, 1),
                new Actor("cadre", "VILLAGE_CADRE"));
        CaseDecisions.Decision decision = decisions.decide(RegionScope.ALL, cases.find(RegionScope.ALL, exit).orElseThrow(),
                true, LocalDate.of(2015, 10, 1));

        assertThat(decision.guarantees().checks()).filteredOn(c -> c.name().equals(Guarantees.MEDICAL_INSURANCE))
                .containsExactly(Check.of(Guarantees.MEDICAL_INSURANCE, true, 0L, 2));
        assertThat(decision.guarantees().checks()).filteredOn(c -> c.name().equals(Guarantees.NO_DROPOUT))
                .containsExactly(Check.of(Guarantees.NO_DROPOUT, true, 0L));
        assertThat(decision.household().members()).extracting(m -> m.schoolingExemption())
                .containsExactly(null, "送教上门");
    }

    @Test
    void aSuspensionWithoutItsReasonIsRefusedAndTwoMedicalInsurancesAreAWarning() throws IOException {
        Samples.importCounty(imports);
        ImportReport report = imports.importRegistry(csv("bad.csv",
                row("T-INS-2", "双保户", id("62072119800101019"), "户主", "男", "初中", "", "是", "是", "是", "")
                        + ",,国家标准,一般贫困户,因病,,未脱贫,,6000,0,0,0,0,B,是,是\n"
                + row("T-INS-2", "休学子", id("62072120050301029"), "之子", "男", "小学", "", "是", "是", "", "休学")
                        + MEMBER_REST), false, Imports.DEFAULT_LOCALE);

        assertThat(report.accepted()).isFalse();
        assertThat(report.errors()).extracting(e -> e.row() + " " + e.column() + " " + e.value())
                .containsExactly("3 义务教育阶段送教上门或休学（原因） 休学");
        assertThat(report.errors().get(0).message()).contains("休学：原因");
        assertThat(report.warnings()).extracting(e -> e.row() + " " + e.column())
                .contains("2 是否参加城镇职工基本医疗保险");
    }

    private static String row(String number, String name, String id, String relationship, String sex,
                              String education, String schooling, String resident, String pension, String employee,
                              String exemption) {
        return String.join(",", "2015", VILLAGE, number, name, id, relationship, sex, "汉族", education, schooling,
                "健康", "普通劳动力", "", "", resident, pension, employee, exemption);
    }

    private static String id(String body17) {
        return body17 + IdNumber.checkCharacter(body17);
    }

    private Path csv(String name, String rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return file;
    }
}
