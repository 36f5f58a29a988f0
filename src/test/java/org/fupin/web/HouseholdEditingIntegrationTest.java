package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdDetail;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdSearch;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Search, household correction and member add/remove through the pages, with the import's rules. */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdEditingIntegrationTest {

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;

    private WebSession session;

    @BeforeAll
    void importAndLogIn() throws Exception {
        Samples.importCounty(imports);
        session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
    }

    @Test
    void findsHouseholdsByHouseholdNumberAndByMemberName() throws Exception {
        String page = session.get("/households?region=620721000000&year=2015&q=6207211500347").body();
        assertThat(page).contains("找到 1 户");

        HouseholdRegistry.Page byName = registry.search(RegionScope.ALL,
                new HouseholdSearch("620721000000", 2015, "白海平", null, null, null), 0, 50);
        assertThat(byName.total()).isPositive();
        assertThat(byName.rows()).allSatisfy(r -> assertThat(r.id()).isPositive());
    }

    @Test
    void refusesAnIncomeThatIsNotAnAmountAndSavesACorrectOne() throws Exception {
        long id = firstHousehold();
        String form = session.get("/households/" + id + "/edit").body();
        Map<String, String> fields = WebSession.formValues(form);
        fields.put("version", WebSession.hidden(form, "version"));

        fields.put("WAGE_INCOME", "abc");
        String refused = session.post("/households/" + id, fields, form).body();
        assertThat(refused).contains("WAGE_INCOME-error").contains("应为金额");

        fields.put("WAGE_INCOME", "12345.60");
        HttpResponse<String> saved = session.post("/households/" + id, fields, form);
        assertThat(saved.uri().getQuery()).isEqualTo("saved");
        assertThat(registry.household(RegionScope.ALL, id).orElseThrow().wageIncome()).isEqualByComparingTo("12345.60");
    }

    @Test
    void addsAMemberWithTheImportRulesAndRemovesItAgain() throws Exception {
        long id = firstHousehold();
        int before = registry.household(RegionScope.ALL, id).orElseThrow().members().size();
        String form = session.get("/households/" + id + "/members/new").body();
        Map<String, String> member = new LinkedHashMap<>(Map.of("NAME", "测试", "ID_NUMBER", "",
                "RELATIONSHIP", "之子", "SEX", "男", "ETHNICITY", "汉族", "EDUCATION", "学龄前儿童", "HEALTH", "健康",
                "LABOUR_SKILL", "无劳动力", "MEDICAL_INSURANCE", "是", "PENSION_INSURANCE", "否"));

        member.put("ID_NUMBER", "620721201001010011");
        assertThat(session.post("/households/" + id + "/members", member, form).body()).contains("ID_NUMBER-error");
        member.put("ID_NUMBER", validId("62072120100101001"));
        assertThat(session.post("/households/" + id + "/members", member, form).uri().getQuery()).isEqualTo("saved");

        HouseholdDetail added = registry.household(RegionScope.ALL, id).orElseThrow();
        assertThat(added.members()).hasSize(before + 1);
        assertThat(added.netIncomePerCapita()).isEqualByComparingTo(
                added.netIncome().divide(java.math.BigDecimal.valueOf(before + 1), 2, java.math.RoundingMode.HALF_UP));

        String edit = session.get("/households/" + id + "/members/" + (before + 1) + "/edit").body();
        assertThat(session.post("/households/" + id + "/members/" + (before + 1) + "/delete",
                Map.of("version", WebSession.hidden(edit, "version")), edit).uri().getQuery()).isEqualTo("saved");
        assertThat(registry.household(RegionScope.ALL, id).orElseThrow().members()).hasSize(before);
    }

    @Test
    void registersANewHouseholdInAVillageAndRefusesATakenHouseholdNumber() throws Exception {
        String village = registry.households(RegionScope.ALL, "620721000000", 2015, 0, 1).rows().get(0).villageCode();
        String form = session.get("/regions/" + village + "/households/new?year=2015").body();
        Map<String, String> head = new LinkedHashMap<>(Map.ofEntries(Map.entry("HOUSEHOLD_NUMBER", "6207211500347"),
                Map.entry("NAME", "新户主"), Map.entry("ID_NUMBER", validId("62072119700202003")),
                Map.entry("RELATIONSHIP", "户主"), Map.entry("SEX", "男"), Map.entry("ETHNICITY", "裕固族"),
                Map.entry("EDUCATION", "初中"), Map.entry("HEALTH", "健康"), Map.entry("LABOUR_SKILL", "普通劳动力"),
                Map.entry("MEDICAL_INSURANCE", "是"), Map.entry("PENSION_INSURANCE", "是"),
                Map.entry("IDENTIFICATION_STANDARD", "国家标准"), Map.entry("ATTRIBUTE", "一般贫困户"),
                Map.entry("MAIN_CAUSE", "缺资金"), Map.entry("POVERTY_STATUS", "未脱贫"), Map.entry("WAGE_INCOME", "1000"),
                Map.entry("BUSINESS_INCOME", "500"), Map.entry("PROPERTY_INCOME", "0"), Map.entry("TRANSFER_INCOME", "300"),
                Map.entry("BUSINESS_EXPENSE", "0"), Map.entry("HOUSING_SAFETY", "B"), Map.entry("SAFE_WATER", "是"),
                Map.entry("ELECTRICITY", "是")));

        assertThat(session.post("/regions/" + village + "/households?year=2015", head, form).body())
                .contains("HOUSEHOLD_NUMBER-error");

        head.put("HOUSEHOLD_NUMBER", "NEW-0001");
        HttpResponse<String> created = session.post("/regions/" + village + "/households?year=2015", head, form);
        assertThat(created.uri().getQuery()).isEqualTo("saved");
        long id = Long.parseLong(created.uri().getPath().replaceAll("\\D", ""));
        HouseholdDetail household = registry.household(RegionScope.ALL, id).orElseThrow();
        assertThat(household.householdNumber()).isEqualTo("NEW-0001");
        assertThat(household.netIncomePerCapita()).isEqualByComparingTo("1800.00");
    }

    private static String validId(String body17) {
        return body17 + org.fupin.household.domain.IdNumber.checkCharacter(body17);
    }

    private long firstHousehold() {
        return registry.households(RegionScope.ALL, "620721000000", 2015, 0, 1).rows().get(0).id();
    }
}
