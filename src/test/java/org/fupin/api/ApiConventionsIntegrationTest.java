package org.fupin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fupin.FupinTest;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What every operation shares (ADR 0039): lists paged and sorted the same way, one error shape with located fields,
 * said in the caller's language ({@code Accept-Language} or {@code ?lang=}, Chinese otherwise).
 */
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

    @Test
    void saysItsOwnValidationTextsInTheCallersLanguage() throws Exception {
        ApiCaller chinese = ApiCaller.admin(port);
        ApiCaller english = chinese.inLanguage("en-GB,en;q=0.8");
        assertThat(field(chinese.get("/api/v1/code-lists?size=0"))).isEqualTo("size: 应为 1 到 1000 之间的整数");
        assertThat(field(english.get("/api/v1/code-lists?size=0"))).isEqualTo("size: Must be a whole number from 1 to 1000");
        assertThat(field(chinese.inLanguage("zh-CN").get("/api/v1/code-lists?sort=value,up")))
                .isEqualTo("sort: 排序方向应为 asc 或 desc");
        assertThat(field(english.get("/api/v1/code-lists?sort=colour"))).isEqualTo("sort: These items sort by value only");
        String list = texts(chinese.get("/api/v1/code-lists")).get(0);
        assertThat(field(chinese.get("/api/v1/code-lists/" + list + "?sort=colour"))).startsWith("sort: 只能按以下属性排序：")
                .contains("code");
        assertThat(field(english.get("/api/v1/code-lists/" + list + "?sort=colour"))).startsWith("sort: Sorts by one of ")
                .contains("code");

        assertThat(field(chinese.get("/api/v1/households?region=620721000000"))).isEqualTo("year: 必须填写");
        assertThat(field(english.get("/api/v1/households?region=620721000000"))).isEqualTo("year: Is required");
        assertThat(field(chinese.get("/api/v1/households?region=620721000000&year=last"))).isEqualTo("year: 应为整数");
        assertThat(field(english.get("/api/v1/households?region=620721000000&year=last")))
                .isEqualTo("year: Must be a whole number");
        assertThat(field(chinese.get("/api/v1/households?region=620721000000&year=2015&sort=name")))
                .isEqualTo("sort: 户只能按村和户编号排序");
        assertThat(field(english.get("/api/v1/households?region=620721000000&year=2015&sort=name")))
                .isEqualTo("sort: Households sort by village and household number only");
        assertThat(field(chinese.get("/api/v1/assistance/regions/620721101201/staffing?on=today")))
                .isEqualTo("on: 应为日期，例如 2020-01-31");
        assertThat(field(english.get("/api/v1/assistance/regions/620721101201/staffing?on=today")))
                .isEqualTo("on: Must be a date such as 2020-01-31");
        assertThat(field(english.get("/api/v1/assets/regions/620721101201/assets?year=2025&type=GOLD")))
                .startsWith("type: Must be one of ").contains("PRODUCTIVE");

        assertThat(problem(chinese.post("/api/v1/tokens", "{\"name\":\" \",\"days\":30}")))
                .isEqualTo("请求体有不符合要求的字段 | name: 不能为空");
        assertThat(problem(english.post("/api/v1/tokens", "{\"name\":\" \",\"days\":30}")))
                .isEqualTo("The body has invalid fields | name: must not be blank");
        assertThat(problem(chinese.post("/api/v1/tokens", "{"))).isEqualTo("请求体不是文档所述格式的 JSON");
        assertThat(problem(english.post("/api/v1/tokens", "{"))).isEqualTo("The body is not readable JSON of the documented shape");
        assertThat(problem(english.get("/api/v1/code-lists?size=0&lang=zh_CN"))).as("?lang= before the header")
                .startsWith("应为");
        WebSession page = new WebSession(port);
        page.logIn(WebSession.ADMIN_PASSWORD);
        assertThat(field(page.getJson("/api/v1/code-lists?size=0", "Accept-Language", "en")))
                .as("a page's script speaks the page's language, not the browser's").startsWith("size: 应为");
    }

    /** The first located error of a 400 answer as "field: message". */
    private String field(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).path("errors").get(0);
        return error.path("field").asString() + ": " + error.path("message").asString();
    }

    /** A 400 answer's detail, and its located errors after a bar. */
    private String problem(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        StringBuilder said = new StringBuilder(problem.path("detail").asString());
        problem.path("errors").values().forEach(e -> said.append(" | ").append(e.path("field").asString()).append(": ")
                .append(e.path("message").asString()));
        return said.toString();
    }

    private List<String> texts(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> texts = new ArrayList<>();
        json.readTree(response.body()).values().forEach(v -> texts.add(v.asString()));
        return texts;
    }
}
