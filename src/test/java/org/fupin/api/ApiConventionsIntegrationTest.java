package org.fupin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fupin.FupinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What every operation shares (ADR 0039): lists paged and sorted the same way, one error shape with located fields. */
@FupinTest
class ApiConventionsIntegrationTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    void pagesAndSortsAListByItsItemsPropertiesAndAnswersTheTotal() throws Exception {
        ApiCaller admin = ApiCaller.admin(port);
        List<String> all = texts(admin.get("/api/v1/code-lists"));
        assertThat(all.size()).isGreaterThan(3);

        HttpResponse<String> page = admin.get("/api/v1/code-lists?sort=value,desc&size=2&page=1");
        List<String> descending = new ArrayList<>(all);
        descending.sort(Comparator.reverseOrder());
        assertThat(texts(page)).containsExactlyElementsOf(descending.subList(2, 4));
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(all.size()));
    }

    @Test
    void sortsRecordsByANamedPropertyAndRefusesAnUnknownOneWithTheParameterLocated() throws Exception {
        ApiCaller admin = ApiCaller.admin(port);
        String list = texts(admin.get("/api/v1/code-lists")).get(0);
        JsonNode entries = json.readTree(admin.get("/api/v1/code-lists/" + list + "?sort=code,desc").body());
        List<String> codes = new ArrayList<>();
        entries.values().forEach(e -> codes.add(e.path("code").asString()));
        assertThat(codes).isSortedAccordingTo(Comparator.reverseOrder());

        HttpResponse<String> wrong = admin.get("/api/v1/code-lists/" + list + "?sort=colour");
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(wrong.body());
        assertThat(problem.path("code").asString()).isEqualTo("INVALID");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("sort");
        assertThat(admin.get("/api/v1/code-lists?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void locatesEachInvalidFieldOfABody() throws Exception {
        HttpResponse<String> response = ApiCaller.admin(port).post("/api/v1/tokens", "{\"name\":\" \",\"days\":5000}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("code").asString()).isEqualTo("INVALID");
        List<String> fields = new ArrayList<>();
        problem.path("errors").values().forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("name", "days");
    }

    @Test
    void answersAMissingParameterAsALocatedError() throws Exception {
        HttpResponse<String> response = ApiCaller.admin(port).get("/api/v1/households?region=620721000000");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("year");
    }

    private List<String> texts(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        json.readTree(response.body()).values().forEach(v -> texts.add(v.asString()));
        return texts;
    }
}
