package org.fupin.identification.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.imports.Imports;
import org.fupin.notice.PublicNotices;
import org.fupin.region.RegionScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 贫困村退出 over REST (issue #27): the village's cadre proposes its exit, the township officer rejects it, both and
 * the county administrator read it back; another village passes the township's review and notice and the county's
 * announcement; another village's cadre gets 404, an auditor 403, the county administrator
 * may not record a township's step; everything written is audited as the page's steps are.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillageExitApiIntegrationTest {

    private static final String BASE = "/api/v1/identification/village-exits";
    private static final String EXITING = "620721101202";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired PublicNotices notices;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private ApiCaller township;

    @BeforeAll
    void countyPoorVillageAndCallers() throws Exception {
        Samples.importCounty(imports);
        Path facts = Files.createTempFile("facts-2016", ".csv");
        Files.writeString(facts, "年度,行政区划代码,总户数,总人口,贫困村类别\n2016," + ApiCallers.VILLAGE
                + ",120,428,建档立卡贫困村\n2016," + EXITING + ",120,428,建档立卡贫困村\n", StandardCharsets.UTF_8);
        assertThat(imports.importVillageFacts(facts, false, Imports.DEFAULT_LOCALE).accepted()).isTrue();
        callers = ApiCallers.of(port, users, tokens, "village-exit");
        township = ApiCallers.caller(port, users, tokens, "village-exit-township", Role.TOWNSHIP_OFFICER, "620721101000");
    }

    @Test
    void theVillagesCadreProposesTheTownshipRejectsAndEveryoneInScopeReadsItBack() throws Exception {
        String proposal = "{\"village\":\"" + ApiCallers.VILLAGE + "\",\"year\":2016,\"date\":\"" + LocalDate.now()
                + "\",\"comment\":\"API提出\"}";
        long opens = audited("VILLAGE_EXIT_OPEN");
        assertThat(callers.auditor().post(BASE, proposal).statusCode()).isEqualTo(403);
        assertThat(callers.otherCadre().post(BASE, proposal).statusCode()).isEqualTo(404);
        assertThat(audited("VILLAGE_EXIT_OPEN")).isEqualTo(opens);

        HttpResponse<String> opened = callers.ownCadre().post(BASE, proposal);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = json.readTree(opened.body()).path("id").asLong();
        assertThat(audited("VILLAGE_EXIT_OPEN")).isEqualTo(opens + 1);
        assertThat(refusal(callers.ownCadre().post(BASE, proposal))).isEqualTo("VILLAGE_EXIT_OPEN");
        for (ApiCaller reader : List.of(callers.ownCadre(), township, callers.county())) {
            JsonNode read = json.readTree(ok(reader.get(BASE + "/" + id)));
            assertThat(read.path("status").asString()).isEqualTo("TOWNSHIP_REVIEW");
            assertThat(read.path("steps").get(0).path("step").asString()).isEqualTo("PROPOSAL");
            assertThat(ok(reader.get(BASE))).contains("\"id\":" + id);
        }
        assertThat(callers.otherCadre().get(BASE + "/" + id).statusCode()).isEqualTo(404);
        assertThat(callers.otherCadre().get(BASE).body()).doesNotContain("\"id\":" + id);

        String rejection = "{\"reasons\":\"API不符合\",\"step\":\"TOWNSHIP_REVIEW\"}";
        assertThat(callers.otherCadre().post(BASE + "/" + id + "/reject", rejection).statusCode()).isEqualTo(404);
        assertThat(callers.auditor().post(BASE + "/" + id + "/reject", rejection).statusCode()).isEqualTo(403);
        assertThat(refusal(callers.county().post(BASE + "/" + id + "/announce", "{}"))).isEqualTo("STEP_NOT_CURRENT");
        assertThat(refusal(callers.ownCadre().post(BASE + "/" + id + "/reject", rejection))).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(refusal(township.post(BASE + "/" + id + "/reject", "{\"reasons\":\"x\",\"step\":\"PROPOSAL\"}")))
                .isEqualTo("STEP_STALE");
        HttpResponse<String> noReasons = township.post(BASE + "/" + id + "/reject", "{}");
        assertThat(noReasons.statusCode()).isEqualTo(400);
        assertThat(noReasons.body()).contains("reasons");
        assertThat(audited("VILLAGE_EXIT_REJECTED")).isZero();

        JsonNode rejected = json.readTree(ok(township.post(BASE + "/" + id + "/reject", rejection)));
        assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
        assertThat(audited("VILLAGE_EXIT_REJECTED")).isOne();
        for (ApiCaller reader : List.of(callers.ownCadre(), callers.county())) {
            assertThat(ok(reader.get(BASE + "/" + id))).contains("\"REJECTED\"", "API不符合");
        }
    }

    @Test
    void aVillageExitsThroughTheTownshipsReviewAndNoticeAndTheCountysAnnouncement() throws Exception {
        long steps = audited("VILLAGE_EXIT_STEP");
        HttpResponse<String> opened = township.post(BASE, "{\"village\":\"" + EXITING + "\",\"year\":2016,"
                + "\"date\":\"2026-10-01\",\"comment\":\"乡镇提出\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String exit = BASE + "/" + json.readTree(opened.body()).path("id").asLong();
        assertThat(refusal(callers.county().post(exit + "/review", "{\"date\":\"2026-10-05\"}")))
                .isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(json.readTree(ok(township.post(exit + "/review", "{\"date\":\"2026-10-05\",\"comment\":\"合格\"}")))
                .path("status").asString()).isEqualTo("TOWNSHIP_NOTICE");
        long notice = json.readTree(ok(township.post(exit + "/notice", "{\"start\":\"2026-10-06\",\"place\":\"公示栏\"}")))
                .path("noticeId").asLong();
        notices.recordPosting(RegionScope.ALL, notice, java.time.LocalDate.of(2026, 10, 6), "公示栏", "照片", "township");
        assertThat(refusal(township.post(exit + "/notice-done", "{\"date\":\"2026-10-12\"}"))).isEqualTo("STEP_REFUSED");
        ok(township.post(exit + "/notice-done", "{\"date\":\"2026-10-13\"}"));
        assertThat(refusal(township.post(exit + "/announce", "{\"date\":\"2026-10-20\"}"))).isEqualTo("ROLE_NOT_ALLOWED");
        ok(callers.county().post(exit + "/announce", "{\"date\":\"2026-10-20\",\"comment\":\"县审定\"}"));
        for (ApiCaller reader : List.of(township, callers.county())) {
            JsonNode read = json.readTree(ok(reader.get(exit)));
            assertThat(read.path("status").asString()).isEqualTo("EXITED");
            assertThat(read.path("steps")).hasSize(4);
        }
        assertThat(callers.ownCadre().get(exit).statusCode()).isEqualTo(404);
        assertThat(audited("VILLAGE_EXIT_STEP")).isEqualTo(steps + 3);
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }

    private String refusal(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        return json.readTree(response.body()).path("code").asString();
    }

    private String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
