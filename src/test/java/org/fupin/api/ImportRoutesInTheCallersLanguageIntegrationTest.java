package org.fupin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.fupin.FupinTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every import route answers a rejected file's located errors in the caller's language, as its page does: Chinese
 * without a wish, English for {@code Accept-Language: en} (ADR 0039).
 */
@FupinTest
class ImportRoutesInTheCallersLanguageIntegrationTest {

    private static final byte[] WRONG_FILE = "甲,乙\n1,2\n".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/imports/registry", "/api/v1/imports/regions", "/api/v1/imports/village-facts",
            "/api/v1/imports/facilities?year=2020", "/api/v1/imports/assets",
            "/api/v1/monitoring/warnings?department=CIVIL_AFFAIRS",
            "/api/v1/comparison/lists/VEHICLE?department=公安&asOf=2020-01-01",
            "/api/v1/assistance/imports/MEASURES"})
    void answersARejectedFileInTheCallersLanguage(String route) throws Exception {
        ApiCaller admin = ApiCaller.admin(port);
        String chinese = firstError(admin.upload(route, "wrong.csv", WRONG_FILE));
        String english = firstError(admin.inLanguage("en-US,en;q=0.9").upload(route, "wrong.csv", WRONG_FILE));
        assertThat(chinese).containsPattern("\\p{IsHan}");
        assertThat(english).isNotEqualTo(chinese).doesNotContainPattern("\\p{IsHan}");
    }

    private String firstError(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode body = json.readTree(response.body());
        JsonNode report = body.has("report") ? body.path("report") : body;
        return report.path("errors").get(0).path("message").asString();
    }
}
