package org.fupin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.household.HouseholdEditor;
import org.fupin.household.HouseholdRegistry;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #23 (lost updates): two clerks open the same household's form; the first saves a new income; the second's
 * save from the stale form is refused with the household as it is now, instead of silently restoring the old income.
 */
@FupinTest
class StaleFormIntegrationTest {

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired HouseholdEditor editor;

    @Test
    void aSaveFromAFormOpenedBeforeAnotherSaveIsRefusedAndShowsTheCurrentValues() throws Exception {
        Samples.importCounty(imports);
        long id = registry.households(RegionScope.ALL, "620721101201", 2015, 0, 1).rows().get(0).id();
        WebSession first = new WebSession(port);
        WebSession second = new WebSession(port);
        first.logIn(WebSession.ADMIN_PASSWORD);
        second.logIn(WebSession.ADMIN_PASSWORD);
        String formOfFirst = first.get("/households/" + id + "/edit").body();
        String formOfSecond = second.get("/households/" + id + "/edit").body();

        HttpResponse<String> saved = first.post("/households/" + id, fields(id, formOfFirst, "1111.11"), formOfFirst);
        assertThat(saved.body()).contains("id=\"saved\"");

        HttpResponse<String> stale = second.post("/households/" + id, fields(id, formOfSecond, "2222.22"), formOfSecond);

        assertThat(stale.body()).contains("别人在您打开表单之后修改并保存了这一户", "1111.11");
        assertThat(registry.household(RegionScope.ALL, id).orElseThrow().wageIncome()).isEqualByComparingTo("1111.11");
    }

    /**
     * Issue #23 (ADR 0031): two clerks correct the same member; the second's save from the form opened before the
     * first's save is refused with the member as stored now, and the first's name stays.
     */
    @Test
    void aMemberCorrectionFromAFormOpenedBeforeAnotherSaveIsRefusedAndShowsTheMemberAsStoredNow() throws Exception {
        Samples.importCounty(imports);
        long id = withTwoMembers();
        WebSession first = new WebSession(port);
        WebSession second = new WebSession(port);
        first.logIn(WebSession.ADMIN_PASSWORD);
        second.logIn(WebSession.ADMIN_PASSWORD);
        String formOfFirst = first.get("/households/" + id + "/members/2/edit").body();
        String formOfSecond = second.get("/households/" + id + "/members/2/edit").body();

        HttpResponse<String> saved = first.post("/households/" + id + "/members/2", member(id, formOfFirst, "甲改名"),
                formOfFirst);
        assertThat(saved.uri().getQuery()).isEqualTo("saved");

        HttpResponse<String> stale = second.post("/households/" + id + "/members/2", member(id, formOfSecond, "乙改名"),
                formOfSecond);

        assertThat(stale.body()).contains("下面是这位成员现在的内容，您的修改没有保存", "value=\"甲改名\"")
                .doesNotContain("乙改名");
        assertThat(registry.household(RegionScope.ALL, id).orElseThrow().members().get(1).name()).isEqualTo("甲改名");
    }

    /**
     * Issue #23 (ADR 0031): a member removed by one clerk is not "corrected" by another's stale form, which would
     * otherwise write onto whoever now holds that position; the household page says why nothing was saved.
     */
    @Test
    void aCorrectionOfAMemberRemovedMeanwhileIsRefusedAndTheHouseholdPageSaysWhy() throws Exception {
        Samples.importCounty(imports);
        long id = withTwoMembers();
        int last = registry.household(RegionScope.ALL, id).orElseThrow().members().size();
        WebSession first = new WebSession(port);
        WebSession second = new WebSession(port);
        first.logIn(WebSession.ADMIN_PASSWORD);
        second.logIn(WebSession.ADMIN_PASSWORD);
        String formOfFirst = first.get("/households/" + id + "/members/" + last + "/edit").body();
        String formOfSecond = second.get("/households/" + id + "/members/" + last + "/edit").body();
        Map<String, String> correction = member(id, last, formOfSecond, "乙改名");

        assertThat(first.post("/households/" + id + "/members/" + last + "/delete",
                Map.of("version", WebSession.hidden(formOfFirst, "version")), formOfFirst).uri().getQuery())
                .isEqualTo("saved");
        HttpResponse<String> stale = second.post("/households/" + id + "/members/" + last, correction, formOfSecond);

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"stale\"", "您要修改或移除的成员已不在原来的位置");
        assertThat(registry.household(RegionScope.ALL, id).orElseThrow().members()).hasSize(last - 1)
                .noneMatch(p -> p.name().equals("乙改名"));
    }

    /** Issue #23: the household form shows the phone masked; left blank, the stored number is kept. */
    @Test
    void theFormShowsThePhoneMaskedAndKeepsItWhenLeftBlank() throws Exception {
        Samples.importCounty(imports);
        long id = registry.households(RegionScope.ALL, "620721000000", 2015, 0, 200).rows().stream()
                .map(h -> h.id()).filter(h -> !editor.householdCells(RegionScope.ALL, h).orElseThrow()
                        .getOrDefault(org.fupin.household.domain.RegistryColumn.PHONE, "").isBlank())
                .findFirst().orElseThrow();
        String phone = editor.householdCells(RegionScope.ALL, id).orElseThrow().get(org.fupin.household.domain.RegistryColumn.PHONE);
        WebSession session = new WebSession(port);
        session.logIn(WebSession.ADMIN_PASSWORD);
        String form = session.get("/households/" + id + "/edit").body();
        assertThat(form).doesNotContain(phone).contains(phone.substring(0, 3) + "****" + phone.substring(7));

        Map<String, String> fields = fields(id, form, "3333.33");
        fields.put("PHONE", "");
        assertThat(session.post("/households/" + id, fields, form).body()).contains("id=\"saved\"");

        assertThat(editor.householdCells(RegionScope.ALL, id).orElseThrow().get(org.fupin.household.domain.RegistryColumn.PHONE))
                .isEqualTo(phone);
    }

    /** A household of the sample with at least two members. */
    private long withTwoMembers() {
        return registry.households(RegionScope.ALL, "620721101201", 2015, 0, 50).rows().stream()
                .filter(h -> h.members() >= 2).findFirst().orElseThrow().id();
    }

    private Map<String, String> member(long id, String form, String name) {
        return member(id, 2, form, name);
    }

    /** Member {@code position} as stored, renamed, with the household version of the form. */
    private Map<String, String> member(long id, int position, String form, String name) {
        Map<String, String> fields = new HashMap<>();
        editor.memberCells(RegionScope.ALL, id, position).orElseThrow().forEach((column, value) -> fields.put(column.name(), value));
        fields.put("NAME", name);
        fields.put("version", WebSession.hidden(form, "version"));
        return fields;
    }

    /** The form's own household values with the wage income changed, and the household version of the form. */
    private Map<String, String> fields(long id, String form, String wage) {
        Matcher version = VERSION.matcher(form);
        assertThat(version.find()).as("the form carries the household's version").isTrue();
        Map<String, String> fields = new HashMap<>();
        editor.householdCells(RegionScope.ALL, id).orElseThrow().forEach((column, value) -> {
            if (!column.isProcedural()) fields.put(column.name(), value);
        });
        fields.put("WAGE_INCOME", wage);
        fields.put("version", version.group(1));
        return fields;
    }
}
