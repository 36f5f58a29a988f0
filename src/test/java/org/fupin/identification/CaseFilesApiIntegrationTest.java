package org.fupin.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.household.HouseholdEditor;
import org.fupin.identification.domain.CaseKind;
import org.fupin.imports.Imports;
import org.fupin.region.RegionScope;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A case's readiness checks and evidence files over REST (issue #27): the village's cadre attaches a file, the cadre
 * and the county administrator list and download it and read the checks of the current step; another village's cadre
 * gets 404 on each, an auditor 403 on the upload; an empty file is 400 with nothing written.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseFilesApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired HouseholdEditor editor;
    @Autowired IdentificationCases cases;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private String base;

    @BeforeAll
    void caseAndCallers() {
        Samples.importCounty(imports);
        long household = TestHouseholds.household(editor).number("T-API-F1").head("附件户", "62072119700505023").create();
        long caseId = cases.open(RegionScope.ALL, CaseKind.IDENTIFICATION, household, LocalDate.now(),
                new Actor("cadre", "VILLAGE_CADRE"));
        callers = ApiCallers.of(port, users, tokens, "case-files");
        base = "/api/v1/identification/cases/" + caseId;
    }

    @Test
    void theVillagesCadreAttachesEvidenceThatTheCountyReadsBackAndAnotherVillageCannotSee() throws Exception {
        assertThat(upload(callers.otherCadre(), "申请书.txt", "书面申请").statusCode()).isEqualTo(404);
        assertThat(upload(callers.auditor(), "申请书.txt", "书面申请").statusCode()).isEqualTo(403);
        HttpResponse<String> empty = upload(callers.ownCadre(), "空.txt", "");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).path("errors").get(0).path("message").asString()).isEqualTo("文件是空的");
        assertThat(audited()).isZero();

        HttpResponse<String> attached = upload(callers.ownCadre(), "申请书.txt", "书面申请");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        long file = json.readTree(attached.body()).path("id").asLong();
        assertThat(audited()).isOne();
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode list = json.readTree(ok(reader.get(base + "/attachments")));
            assertThat(list).hasSize(1);
            assertThat(list.get(0).path("fileName").asString()).isEqualTo("申请书.txt");
            HttpResponse<java.io.InputStream> download = reader.stream(base + "/attachments/" + file);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(new String(download.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("书面申请");
        }
        assertThat(callers.otherCadre().get(base + "/attachments").statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().stream(base + "/attachments/" + file).statusCode()).isEqualTo(404);
    }

    @Test
    void theChecksOfTheCurrentStepAreReadInScopeOnly() throws Exception {
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            JsonNode verdict = json.readTree(ok(reader.get(base + "/readiness?date=" + LocalDate.now())));
            assertThat(verdict.path("checks").isArray()).isTrue();
            assertThat(verdict.path("checks").size()).isPositive();
        }
        assertThat(callers.otherCadre().get(base + "/readiness").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> upload(ApiCaller caller, String name, String content) throws Exception {
        String boundary = "----fupin" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return HTTP.send(HttpRequest.newBuilder(WebSession.uri(port, base + "/attachments"))
                .header("Authorization", caller.authorization()).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'CASE_ATTACHMENT'").query(Long.class).single();
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
