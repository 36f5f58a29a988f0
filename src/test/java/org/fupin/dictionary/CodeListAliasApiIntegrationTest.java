package org.fupin.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.access.ApiTokens;
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
 * A code list's alias added and removed over REST as the code list page does it (issue #27): by the system
 * administrator, read back in the list's entries and recognised by the import's dictionary, each change audited;
 * a county administrator and a village cadre get 403.
 */
@FupinTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CodeListAliasApiIntegrationTest {

    private static final String ALIASES = "/api/v1/code-lists/POVERTY_CAUSE/aliases";

    @LocalServerPort int port;
    @Autowired Imports imports;
    @Autowired Dictionaries dictionaries;
    @Autowired UserAdministration users;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    private ApiCallers callers;
    private String illness;

    @BeforeAll
    void countyAndCallers() {
        Samples.importCounty(imports);
        callers = ApiCallers.of(port, users, tokens, "aliases");
        illness = dictionaries.forYear(2015).get(CodeLists.POVERTY_CAUSE).byLabel("因病").orElseThrow().code();
    }

    @Test
    void theSystemAdministratorAddsAndRemovesAnAliasThatTheImportRecognises() throws Exception {
        String add = "{\"code\":\"" + illness + "\",\"year\":2015,\"alias\":\"患大病\"}";
        assertThat(callers.county().post(ALIASES, add).statusCode()).isEqualTo(403);
        assertThat(callers.ownCadre().post(ALIASES, add).statusCode()).isEqualTo(403);
        assertThat(audited("CODE_LIST_ALIAS_ADDED")).isZero();

        HttpResponse<String> added = ApiCaller.admin(port).post(ALIASES, add);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
        assertThat(aliasesOfIllness()).contains("患大病");
        assertThat(dictionaries.forYear(2015).get(CodeLists.POVERTY_CAUSE).byLabel("患大病")).get()
                .extracting(CodeList.Entry::code).isEqualTo(illness);
        assertThat(audited("CODE_LIST_ALIAS_ADDED")).isOne();

        HttpResponse<String> removed = ApiCaller.admin(port).post(ALIASES, add.replace("}", ",\"remove\":true}"));
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(aliasesOfIllness()).doesNotContain("患大病");
        assertThat(dictionaries.forYear(2015).get(CodeLists.POVERTY_CAUSE).byLabel("患大病")).isEmpty();
        assertThat(audited("CODE_LIST_ALIAS_REMOVED")).isOne();
    }

    private String aliasesOfIllness() throws Exception {
        for (JsonNode entry : json.readTree(callers.county().get("/api/v1/code-lists/POVERTY_CAUSE?year=2015").body())) {
            if (entry.path("code").asString().equals(illness)) return entry.path("aliases").toString();
        }
        throw new AssertionError("no entry " + illness);
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
