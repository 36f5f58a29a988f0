package org.fupin.imports.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.api.ApiCaller;
import org.fupin.api.ApiCallers;
import org.fupin.imports.Imports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The users page's spreadsheet import over REST (issue #27): a file with a problem in any row creates nobody and
 * answers the page's problems located by row and column; a good file creates every account, read back as the county
 * administrator; a village cadre and a township officer are refused.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserImportApiIntegrationTest {

    private static final String HEADER = "姓名,登录名,角色,所属区划代码,单位\n";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private ApiCaller township;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "sheet");
        township = ApiCallers.caller(port, users, tokens, "sheet-township", Role.TOWNSHIP_OFFICER, "620721101000");
    }

    @Test
    void aFileWithAProblemInAnyRowCreatesNobodyAndSaysWhere() throws Exception {
        String bad = HEADER + "甲干部,sheet-a,村干部," + ApiCallers.VILLAGE + ",村委会\n"
                + "乙干部,sheet-b,村长," + ApiCallers.VILLAGE + ",村委会\n";
        HttpResponse<String> role = callers.county().upload("/api/v1/users/import", "bad.csv", bytes(bad));
        assertThat(role.statusCode()).as(role.body()).isEqualTo(409);
        JsonNode problem = json.readTree(role.body());
        assertThat(problem.path("code").asString()).isEqualTo("SHEET_INVALID");
        assertThat(problem.path("messages").get(0).asString()).isEqualTo("第 3 行“角色”列：“村长”不是您能分配的角色");

        String taken = HEADER + "甲干部,sheet-a,村干部," + ApiCallers.VILLAGE + ",村委会\n"
                + "丙干部,sheet-a,村干部," + ApiCallers.OTHER_VILLAGE + ",村委会\n";
        HttpResponse<String> duplicate = callers.county().upload("/api/v1/users/import", "dup.csv", bytes(taken));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(json.readTree(duplicate.body()).path("code").asString()).isEqualTo("USERNAME_TAKEN");
        assertThat(duplicate.body()).contains("第 3 行（sheet-a）：这个用户名已经有人用了");
        assertThat(callers.county().get("/api/v1/users/sheet-a").statusCode()).isEqualTo(404);

        HttpResponse<String> outside = callers.county().upload("/api/v1/users/import", "outside.csv",
                bytes(HEADER + "丁干部,sheet-d,村干部,620722101201,村委会\n"));
        assertThat(json.readTree(outside.body()).path("code").asString()).isIn("REGION_OUTSIDE_SCOPE");
        assertThat(callers.county().upload("/api/v1/users/import", "empty.csv", new byte[0]).statusCode()).isEqualTo(409);
    }

    @Test
    void theCountyAdministratorCreatesEveryAccountOfAGoodFileAndReadsThemBack() throws Exception {
        long before = audited();
        String good = HEADER + "戊干部,sheet-e,村干部," + ApiCallers.VILLAGE + ",村委会\n"
                + "己干部,sheet-f,乡镇干部,620721101000,皇城镇政府\n";
        HttpResponse<String> created = callers.county().upload("/api/v1/users/import", "good.csv", bytes(good));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode accounts = json.readTree(created.body()).path("created");
        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(1).path("role").asString()).isEqualTo("TOWNSHIP_OFFICER");
        assertThat(accounts.get(0).path("oneTimePassword").asString()).hasSizeGreaterThan(8);
        assertThat(audited()).isEqualTo(before + 2);
        HttpResponse<String> read = callers.county().get("/api/v1/users/sheet-f");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).path("realName").asString()).isEqualTo("己干部");
    }

    @Test
    void aVillageCadreAndATownshipOfficerAreRefused() throws Exception {
        String file = HEADER + "庚干部,sheet-g,村干部," + ApiCallers.VILLAGE + ",村委会\n";
        assertThat(callers.ownCadre().upload("/api/v1/users/import", "g.csv", bytes(file)).statusCode()).isEqualTo(403);
        assertThat(township.upload("/api/v1/users/import", "g.csv", bytes(file)).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'sheet-g'").query(Long.class).single()).isZero();
    }

    private static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit_event where action = 'USER_CREATE'").query(Long.class).single();
    }
}
