package org.fupin.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fupin.FupinTest;
import org.fupin.access.Role;
import org.fupin.access.UserAdministration;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A spelling a province's files use for a national code becomes recognised once a system administrator adds it on
 * the code-list page; the change is kept and audited, a clash with another entry is refused in words, and other
 * users may read the lists but not change them.
 */
@FupinTest
class CodeListAliasesIntegrationTest {

    @LocalServerPort int port;
    @Autowired Dictionaries dictionaries;
    @Autowired UserAdministration users;
    @Autowired JdbcClient jdbc;

    @Test
    void anAliasAddedOnThePageIsRecognisedKeptAndAudited() throws Exception {
        assertThat(dictionaries.forYear(2015).get(CodeLists.POVERTY_CAUSE).byLabel("得大病")).isEmpty();
        String illness = dictionaries.forYear(2015).get(CodeLists.POVERTY_CAUSE).byLabel("因病").orElseThrow().code();
        WebSession admin = new WebSession(port);
        admin.logIn(WebSession.ADMIN_PASSWORD);
        String page = admin.get("/code-lists?list=POVERTY_CAUSE&year=2015").body();
        assertThat(page).contains("主要致贫原因", "因病").doesNotContain("POVERTY_CAUSE</");

        String after = admin.post("/code-lists/aliases", Map.of("list", "POVERTY_CAUSE", "code", illness, "year", "2015",
                "alias", "得大病"), page).body();

        assertThat(after).contains("得大病", "alias-done");
        assertThat(dictionaries.forYear(2015).get(CodeLists.POVERTY_CAUSE).byLabel("得大病")).get()
                .extracting(CodeList.Entry::code).isEqualTo(illness);
        assertThat(jdbc.sql("select count(*) from code_list_alias_change where alias = '得大病' and changed_by = 'admin'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CODE_LIST_ALIAS_ADDED'").query(Long.class).single())
                .isEqualTo(1);

        String other = dictionaries.forYear(2015).get(CodeLists.POVERTY_CAUSE).byLabel("因学").orElseThrow().code();
        String clash = admin.post("/code-lists/aliases", Map.of("list", "POVERTY_CAUSE", "code", other, "year", "2015",
                "alias", "得大病"), after).body();
        assertThat(clash).contains("已经指向");

        assertThat(users.add("alias-auditor", Role.AUDITOR, "", "Hongwan-well-17")).isEmpty();
        WebSession auditor = new WebSession(port);
        auditor.logIn("alias-auditor", "Hongwan-well-17");
        String readable = auditor.get("/code-lists?list=POVERTY_CAUSE&year=2015").body();
        assertThat(readable).contains("得大病").doesNotContain("name=\"alias\"");
        assertThat(auditor.post("/code-lists/aliases", Map.of("list", "POVERTY_CAUSE", "code", illness, "year", "2015",
                "alias", "大病"), readable).statusCode()).isEqualTo(403);
    }
}
