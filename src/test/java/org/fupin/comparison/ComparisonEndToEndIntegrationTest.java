package org.fupin.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.audit.AuditEvent;
import org.fupin.audit.AuditLog;
import org.fupin.comparison.domain.ListType;
import org.fupin.comparison.domain.Review;
import org.fupin.identification.CaseRecord;
import org.fupin.identification.IdentificationCases;
import org.fupin.identification.domain.CaseKind;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #11, "done when": a vehicle list and a death list from the departments, a comparison of the sample
 * county, one hit confirmed into a removal case request and one dismissed with a reason, both in the audit trail;
 * a 15-digit legacy ID number in a list matches the member's 18-digit number.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonEndToEndIntegrationTest {

    /** Household 6207211500347: member 620721198909274057, listed by the vehicle office in 15-digit form. */
    static final String CAR_OWNER_HOUSEHOLD = "6207211500347";
    static final String CAR_OWNER_LEGACY_ID = "620721890927405";
    /** Household 6207211500007: its head died; his wife has a disability vehicle (excepted by the rule). */
    static final String DEATH_HOUSEHOLD = "6207211500007";
    static final String DECEASED_ID = "620721197205280657";
    static final String DISABILITY_CAR_ID = "620721197507019761";
    /** Household 6207211500163 signed no authorisation: its member's car is not compared. */
    static final String NO_CONSENT_ID = "620721197502089234";
    static final String COUNTY = "620721000000";

    @Autowired Imports imports;
    @Autowired Comparison comparison;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired IdentificationCases cases;
    @Autowired org.fupin.identification.CaseDecisions decisions;

    @BeforeAll
    void sampleCountyWithConsents() {
        Samples.importCounty(imports);
        for (String household : List.of(CAR_OWNER_HOUSEHOLD, DEATH_HOUSEHOLD)) {
            comparison.recordConsent(RegionScope.ALL, householdId(household), LocalDate.of(2015, 3, 2), "archive box 7");
        }
    }

    @Test
    void importsComparesAndReviewsOneHitIntoARemovalCaseAndDismissesAnother() throws Exception {
        Views.ListImport vehicles = comparison.importList(csv("vehicles", """
                证件号码,姓名,车辆类型,购买价格（元）,购买日期,号牌号码
                %s,白海平,小型轿车,85000,2014-05-01,甘G12345
                %s,杜花,残疾人代步车,45000,2014-06-01,
                %s,某某,小型轿车,90000,2014-07-01,
                11010519491231002X,外县人,小型轿车,120000,2014-08-01,
                """.formatted(CAR_OWNER_LEGACY_ID, DISABILITY_CAR_ID, NO_CONSENT_ID)),
                new ListSource(ListType.VEHICLE, "县公安局交警大队", LocalDate.of(2015, 6, 30)), Imports.DEFAULT_LOCALE);
        assertThat(vehicles.report().errors()).isEmpty();
        assertThat(vehicles.legacyIds()).isEqualTo(1);
        Views.ListImport deaths = comparison.importList(csv("deaths", """
                证件号码,姓名,死亡日期
                %s,白霞强,2015-05-20
                """.formatted(DECEASED_ID)),
                new ListSource(ListType.DEATH, "县民政局", LocalDate.of(2015, 6, 30)), Imports.DEFAULT_LOCALE);
        assertThat(deaths.report().accepted()).isTrue();

        Views.Run run = comparison.run(RegionScope.ALL, COUNTY, 2015);

        List<Views.Hit> hits = comparison.hitsOfRun(run.id());
        assertThat(hits).extracting(Views.Hit::householdNumber, Views.Hit::ruleCode)
                .containsExactlyInAnyOrder(tuple(CAR_OWNER_HOUSEHOLD, "VEHICLE_PURCHASE"),
                        tuple(DEATH_HOUSEHOLD, "DEATH"));
        assertThat(run.newHits()).isEqualTo(2);
        assertThat(run.householdsWithoutConsent()).isPositive().isLessThan(run.householdsCompared());
        assertThat(hits).allSatisfy(h -> assertThat(h.personIdMasked()).contains("****").hasSize(18));

        Views.Hit car = hits.stream().filter(h -> h.ruleCode().equals("VEHICLE_PURCHASE")).findFirst().orElseThrow();
        Views.Hit death = hits.stream().filter(h -> h.ruleCode().equals("DEATH")).findFirst().orElseThrow();
        Views.HitDetail carDetail = comparison.hit(RegionScope.ALL, car.id()).orElseThrow();
        assertThat(carDetail.evidence().legacyForm()).isTrue();
        assertThat(carDetail.evidence().amount()).isEqualByComparingTo("85000");

        Views.HitDetail confirmed = comparison.review(RegionScope.ALL, car.id(), Review.Decision.CONFIRM, "入户核实属实");
        assertThat(confirmed.hit().status()).isEqualTo("CONFIRMED");
        Views.CaseRequest request = comparison.caseRequests(RegionScope.ALL).stream()
                .filter(r -> r.hitId() == car.id()).findFirst().orElseThrow();
        assertThat(request.kind()).isEqualTo("REMOVAL");
        assertThat(request.status()).isEqualTo("TAKEN");
        assertThat(request.evidence()).contains("\"rule\":\"VEHICLE_PURCHASE\"", "\"amount\":\"85000.00\"",
                "\"batch\":" + vehicles.batchId(), "\"row\":2").doesNotContain("620721198909274057");

        CaseRecord removal = only(cases.cases(RegionScope.ALL, CaseKind.REMOVAL, null).stream()
                .filter(c -> c.householdNumber().equals(CAR_OWNER_HOUSEHOLD)).toList());
        assertThat(removal.status()).isEqualTo("REMOVAL_APPRAISAL");
        // issue #16: the confirmed hit is in the household's verdict as the exclusion rule it meets, with its evidence
        assertThat(decisions.decide(RegionScope.ALL, removal, null, LocalDate.of(2015, 7, 1)).verdict().reasons())
                .anySatisfy(check -> {
                    assertThat(check.name()).isEqualTo(org.fupin.identification.domain.ExclusionRules.EXCLUSION);
                    assertThat(check.numbers().get(0)).isEqualTo("VEHICLE");
                    assertThat(String.valueOf(check.numbers().get(2))).contains("白海平", "3 万元");
                });
        CaseRecord.Attachment evidence = only(cases.attachments(RegionScope.ALL, removal.id()));
        assertThat(evidence.fileName()).isEqualTo("comparison-hit-" + car.id() + ".json");
        assertThat(new String(cases.attachment(RegionScope.ALL, removal.id(), evidence.id()).orElseThrow(),
                StandardCharsets.UTF_8)).contains("\"rule\":\"VEHICLE_PURCHASE\"", "入户核实属实")
                .doesNotContain("620721198909274057");

        assertThatThrownBy(() -> comparison.review(RegionScope.ALL, death.id(), Review.Decision.DISMISS, " "))
                .isInstanceOf(Refused.class).hasMessageContaining("REASON_REQUIRED");
        Views.HitDetail dismissed = comparison.review(RegionScope.ALL, death.id(), Review.Decision.DISMISS,
                "同名同号误报，本人健在，已入户见面");
        assertThat(dismissed.hit().status()).isEqualTo("DISMISSED");
        assertThat(dismissed.caseRequestId()).isNull();
        assertThatThrownBy(() -> comparison.review(RegionScope.ALL, car.id(), Review.Decision.DISMISS, "再次审核一下"))
                .isInstanceOf(Refused.class).hasMessageContaining("ALREADY_REVIEWED");

        List<AuditEvent> events = audit.search("COMPARISON", 50);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("COMPARISON_CONFIRM");
            assertThat(e.target()).isEqualTo("hit " + car.id());
            assertThat(e.detail()).contains("request=" + request.id(), "kind=REMOVAL");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("COMPARISON_DISMISS");
            assertThat(e.detail()).contains("同名同号误报");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.action()).isEqualTo("COMPARISON_RUN"));
        assertThat(events).anySatisfy(e -> assertThat(e.action()).isEqualTo("COMPARISON_VIEW_RECORD"));
        assertThat(events).noneSatisfy(e -> assertThat(e.detail()).contains("620721198909274057"));

        assertThat(jdbc.sql("select poverty_status from household where household_number = :n and year = 2015")
                .param("n", CAR_OWNER_HOUSEHOLD).query(String.class).single()).isNotEqualTo("REMOVED");
        assertThat(comparison.run(RegionScope.ALL, COUNTY, 2015).newHits()).isZero();
        assertThat(jdbc.sql("select count(*) from household_event where household_number = :n")
                .param("n", DEATH_HOUSEHOLD).query(Long.class).single()).isZero();

        comparison.importList(csv("deaths2", """
                证件号码,姓名,死亡日期
                %s,杜花,2015-08-02
                """.formatted(DISABILITY_CAR_ID)),
                new ListSource(ListType.DEATH, "县民政局", LocalDate.of(2015, 9, 30)), Imports.DEFAULT_LOCALE);
        Views.Run second = comparison.run(RegionScope.ALL, COUNTY, 2015);
        Views.Hit died = only(comparison.hitsOfRun(second.id()));
        comparison.review(RegionScope.ALL, died.id(), Review.Decision.CONFIRM, "民政死亡名单，已入户核实");
        assertThat(jdbc.sql("select event_type from household_event where household_number = :n")
                .param("n", DEATH_HOUSEHOLD).query(String.class).list()).containsExactly("NATURAL_DECREASE");
    }

    @Test
    void rejectsAListWithAnInvalidIdNumberWholeWithALocatedError() throws Exception {
        long before = jdbc.sql("select count(*) from external_record").query(Long.class).single();
        Views.ListImport result = comparison.importList(csv("bad", """
                证件号码,姓名,死亡日期
                620721197205280657,白霞强,2015-05-20
                110105194912310021,某某,2015-05-21
                ,某某,2015-05-22
                62072119720528065X,某某,2015-13-01
                """), new ListSource(ListType.DEATH, "县民政局", LocalDate.of(2015, 6, 30)), Imports.DEFAULT_LOCALE);
        assertThat(result.report().accepted()).isFalse();
        assertThat(result.batchId()).isNull();
        assertThat(result.report().errors()).extracting(e -> e.row(), e -> e.column(), e -> e.code())
                .containsExactly(tuple(3, "证件号码", "ID_CHECK_DIGIT"), tuple(4, "证件号码", "REQUIRED"),
                        tuple(5, "证件号码", "ID_CHECK_DIGIT"), tuple(5, "死亡日期", "DATE"));
        assertThat(result.report().errors().get(0).message()).contains("校验位");
        assertThat(result.report().errors().get(0).value()).isEqualTo("110105***********1");
        assertThat(jdbc.sql("select count(*) from external_record").query(Long.class).single()).isEqualTo(before);
    }

    static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    long householdId(String number) {
        return jdbc.sql("select id from household where household_number = :n and year = 2015").param("n", number)
                .query(Long.class).single();
    }

    static Path csv(String name, String text) throws Exception {
        Path file = Files.createTempFile(name, ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
