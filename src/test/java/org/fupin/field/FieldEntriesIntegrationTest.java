package org.fupin.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.UserAdministration;
import org.fupin.assistance.Organisations;
import org.fupin.assistance.Pairings;
import org.fupin.household.HouseholdRegistry;
import org.fupin.household.HouseholdRow;
import org.fupin.imports.Imports;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #20 over HTTP: a village cadre lands on their village's work; the device copy holds their village only,
 * ID numbers masked; a queued entry sent twice writes one record; an entry for a household that left the cadre's
 * scope is refused with its reason, and that answer is kept too.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FieldEntriesIntegrationTest {

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired HouseholdRegistry registry;
    @Autowired Organisations organisations;
    @Autowired Pairings pairings;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    private FieldFixture fixture;
    private WebSession cadre;

    @BeforeAll
    void aCadreOfOneVillage() throws Exception {
        Samples.importCounty(imports);
        fixture = FieldFixture.create(organisations, pairings, users, registry, jdbc, 3);
        cadre = new WebSession(port);
        cadre.logIn(FieldFixture.USER, FieldFixture.PASSWORD);
    }

    @Test
    void aCadreLandsOnTheHouseholdsToVisitAndTheFormsOfferTheirVillagesCadres() throws Exception {
        HttpResponse<String> home = cadre.get("/");
        assertThat(home.uri().getPath()).isEqualTo("/field");
        HouseholdRow first = fixture.households().get(0);
        assertThat(home.body()).contains("id=\"to-visit\"", "id=\"visit-" + first.id() + "\"", first.headName(),
                "从未走访", "id=\"episodes\"", "id=\"cases\"", "id=\"measures-due\"", "id=\"field-search\"")
                .doesNotContain("id=\"not-linked\"");
        assertThat(home.body().indexOf("id=\"to-visit\"")).isLessThan(home.body().indexOf("id=\"figures\""));

        String form = cadre.get("/field/households/" + first.id() + "/visit").body();
        assertThat(form).containsPattern("<option value=\"" + fixture.cadreId() + "\" selected=\"selected\">田野（北极乡扶贫工作站）</option>")
                .contains("林草（北极乡扶贫工作站）");
        assertThat(Pattern.compile("<option ").matcher(form).results().count()).isEqualTo(2);
    }

    @Test
    void theDeviceCopyHoldsTheOwnVillageOnlyWithMaskedIdNumbers() throws Exception {
        String copy = json("/api/v1/field/device-copy");
        assertThat(copy).contains("\"villageCode\":\"" + FieldFixture.VILLAGE + "\"", "\"myCadreId\":" + fixture.cadreId(),
                "\"expiresAfterDays\":7", "\"riskTypes\"", "\"idNumberMasked\"")
                .doesNotContainPattern("\\d{17}[\\dX]");
        long households = Pattern.compile("\"number\":").matcher(copy).results().count();
        assertThat(households).isEqualTo(fixture.households().size());
        assertThat(copy).doesNotContain(FieldFixture.OTHER_VILLAGE);
    }

    @Test
    void aQueuedVisitSentTwiceIsRecordedOnce() throws Exception {
        HouseholdRow household = fixture.households().get(1);
        long visits = visits();
        String entry = "{\"key\":\"0f1e2d3c-0000-4000-8000-000000000001\",\"kind\":\"VISIT\",\"householdId\":" + household.id()
                + ",\"date\":\"2026-11-30\",\"cadreId\":" + fixture.cadreId() + ",\"content\":\"离线记下的走访\"}";
        String first = send(entry);
        assertThat(first).contains("\"status\":\"SAVED\"", "\"repeated\":false");
        String again = send(entry);
        assertThat(again).contains("\"status\":\"SAVED\"", "\"repeated\":true").contains(recordId(first));
        assertThat(visits()).isEqualTo(visits + 1);
        assertThat(cadre.get("/assistance/households/" + household.id()).body()).contains("离线记下的走访");
    }

    @Test
    void aVisitWithAPhotoThatIsNotTheFormsJpegIsRefusedWithItsReason() throws Exception {
        HouseholdRow household = fixture.households().get(0);
        String entry = "{\"key\":\"0f1e2d3c-0000-4000-8000-000000000004\",\"kind\":\"VISIT\",\"householdId\":" + household.id()
                + ",\"date\":\"2026-11-30\",\"cadreId\":" + fixture.cadreId() + ",\"content\":\"带照片\","
                + "\"photo\":\"data:image/png;base64,AAAA\",\"latitude\":38.8,\"longitude\":99.6}";
        assertThat(send(entry)).contains("\"status\":\"REFUSED\"", "照片须是手机表单压缩后的 JPEG");
    }

    @Test
    void anEntryOfAnUnknownKindIsRefusedWithItsReasonNotAnError() throws Exception {
        HouseholdRow household = fixture.households().get(0);
        for (String kind : java.util.List.of("\"kind\":\"PHOTO\",", "")) {
            String entry = "{\"key\":\"0f1e2d3c-0000-4000-8000-00000000005" + kind.length() + "\"," + kind
                    + "\"householdId\":" + household.id() + ",\"date\":\"2026-11-30\",\"content\":\"走访\"}";
            assertThat(send(entry)).contains("\"status\":\"REFUSED\"", "填报不完整");
        }
    }

    @Test
    void anEntryForAHouseholdMovedOutOfScopeIsRefusedWithItsReasonAndKeptSo() throws Exception {
        HouseholdRow household = fixture.households().get(2);
        FieldFixture.moveOut(jdbc, household);
        String entry = "{\"key\":\"0f1e2d3c-0000-4000-8000-000000000002\",\"kind\":\"CLUE\",\"householdId\":" + household.id()
                + ",\"date\":\"2026-11-30\",\"riskType\":\"ILLNESS\",\"detail\":\"住院\"}";
        String refused = send(entry);
        assertThat(refused).contains("\"status\":\"REFUSED\"", "这户已不在你的管辖范围内");
        assertThat(send(entry)).contains("\"status\":\"REFUSED\"", "\"repeated\":true");
        assertThat(jdbc.sql("select count(*) from monitoring_clue").query(Long.class).single()).isZero();
    }

    @Test
    void thePersonPageIsReadOnlyAndMaskedAndTheHouseholdAssistanceAndMonitoringPagesLinkBothWays() throws Exception {
        HouseholdRow household = fixture.households().get(3);
        String page = cadre.get("/households/" + household.id()).body();
        assertThat(page).contains("id=\"person-1\"", "id=\"assistance-link\"", "id=\"monitoring-link\"");
        String person = cadre.get("/households/" + household.id() + "/people/1").body();
        assertThat(person).contains("id=\"id-masked\"", "href=\"/households/" + household.id() + "\"",
                "href=\"/assistance/households/" + household.id() + "\"", "href=\"/monitoring/households/" + household.id() + "\"")
                .doesNotContainPattern("\\d{17}[\\dX]").doesNotContain("<form method=\"post\"");
        assertThat(cadre.get("/assistance/households/" + household.id()).body())
                .contains("href=\"/monitoring/households/" + household.id() + "\"", "href=\"/households/" + household.id() + "\"");

        String entry = "{\"key\":\"0f1e2d3c-0000-4000-8000-000000000003\",\"kind\":\"CLUE\",\"householdId\":" + household.id()
                + ",\"date\":\"2026-11-30\",\"riskType\":\"ILLNESS\",\"detail\":\"大病\"}";
        assertThat(send(entry)).contains("\"status\":\"SAVED\"");
        HttpResponse<String> episode = cadre.get("/monitoring/households/" + household.id());
        assertThat(episode.uri().getPath()).startsWith("/monitoring/episodes/");
        assertThat(episode.body()).contains("href=\"/assistance/households/" + household.id() + "\"",
                "href=\"/households/" + household.id() + "\"", "大病")
                .containsPattern("id=\"visitors\" name=\"visitors\" required=\"required\" value=\"田野\"|id=\"visitors\" name=\"visitors\" value=\"田野\"");
    }

    private String send(String json) throws Exception {
        String session = json("/api/v1/field/session");
        Matcher header = Pattern.compile("\"csrfHeader\":\"([^\"]+)\"").matcher(session);
        Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(session);
        assertThat(header.find() && token.find()).isTrue();
        HttpResponse<String> answer = cadre.postJson("/api/v1/field/entries", json, header.group(1), token.group(1));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private String json(String path) throws Exception {
        return new String(cadre.bytes(path).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String recordId(String answer) {
        Matcher id = Pattern.compile("\"recordId\":(\\d+)").matcher(answer);
        assertThat(id.find()).isTrue();
        return "\"recordId\":" + id.group(1);
    }

    private long visits() {
        return jdbc.sql("select count(*) from visit").query(Long.class).single();
    }
}
