package org.fupin.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.imports.Imports;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The web/API load harness runs against the test server (correctness only: every answer is a 200, nothing timed). */
@FupinTest
class HttpLoadSmokeTest {

    @Value("${local.server.port}") int port;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    @Test
    void theHouseholdPageAndApiAnswerEveryRequestOfAShortLoad() throws Exception {
        Samples.importCounty(imports);
        long[] ids = jdbc.sql("select id from household order by id limit 200").query(Long.class).list()
                .stream().mapToLong(Long::longValue).toArray();

        HttpLoad load = new HttpLoad("http://localhost:" + port, WebSession.ADMIN, WebSession.ADMIN_PASSWORD);
        for (String path : new String[] {"/households/{id}", "/api/v1/households/{id}"}) {
            HttpLoad.Result result = load.run(path, 4, 1.0, ids);

            assertThat(result.requests()).isPositive();
            assertThat(result.statuses()).containsOnlyKeys(200);
            assertThat(result.percentileMillis(99)).isGreaterThanOrEqualTo(result.percentileMillis(50));
        }
    }

    @Test
    void refusesToRunWithAWrongPassword() {
        assertThatThrownBy(() -> new HttpLoad("http://localhost:" + port, WebSession.ADMIN, "wrong"))
                .hasMessageContaining("login as admin failed");
    }
}
