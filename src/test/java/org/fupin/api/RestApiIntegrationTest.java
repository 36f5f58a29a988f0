package org.fupin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import org.fupin.FupinTest;
import org.fupin.Samples;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The REST API over real HTTP with basic authentication: imports, regions, statistics, households, OpenAPI. */
@FupinTest
class RestApiIntegrationTest {

    @Value("${local.server.port}") int port;
    @Autowired ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importsTheSampleCountyAndAnswersWithItsFigures() throws Exception {
        assertThat(upload("regions", "regions.csv", false).statusCode()).isEqualTo(200);
        assertThat(upload("village-facts", "village-facts.csv", false).statusCode()).isEqualTo(200);
        HttpResponse<String> rejected = upload("registry", "registry-bad.csv", false);
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(json.readTree(rejected.body()).get("accepted").asBoolean()).isFalse();
        assertThat(upload("registry", "registry.csv", false).statusCode()).isEqualTo(200);

        JsonNode county = json.readTree(get("/api/v1/statistics/620721000000?year=2015").body());
        assertThat(county.get("poorHouseholds").asInt()).isEqualTo(69);
        assertThat(county.get("incidencePercent").decimalValue()).isEqualByComparingTo("0.47");

        JsonNode children = json.readTree(get("/api/v1/regions/620721000000/children").body());
        assertThat(children.size()).isEqualTo(8);

        JsonNode page = json.readTree(get("/api/v1/households?region=620721000000&year=2015&size=10").body());
        assertThat(page.get("total").asInt()).isEqualTo(649);
        long id = page.get("rows").get(0).get("id").asLong();
        String household = get("/api/v1/households/" + id).body();
        assertThat(household).doesNotContainPattern("\\d{17}[\\dX]").containsPattern("\\d{6}\\*{11}[\\dX]\"");
    }

    @Test
    void answersNotFoundForARegionThatDoesNotExist() throws Exception {
        assertThat(get("/api/v1/regions/990000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesCallsWithoutCredentials() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/regions")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void publishesTheOpenApiDescription() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/statistics/{code}").contains("/api/v1/imports/{kind}");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String kind, String sample, boolean dryRun) throws Exception {
        String boundary = "fupin-test-boundary";
        byte[] content = Files.readAllBytes(Samples.file(sample));
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + sample
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return http.send(HttpRequest.newBuilder(uri("/api/v1/imports/" + kind + "?dryRun=" + dryRun))
                .header("Authorization", basic()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        String credentials = WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return WebSession.uri(port, path);
    }
}
