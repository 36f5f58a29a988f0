package org.fupin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.fupin.FupinTest;
import org.fupin.web.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The published OpenAPI document keeps the rules of {@link OpenApiRules} for every operation, including those of
 * controllers added after this test (issue #27): it fails naming each operation and what it lacks.
 */
@FupinTest
class OpenApiDocumentIntegrationTest {

    @Value("${local.server.port}") int port;
    @Autowired ObjectMapper json;

    @Test
    void describesEveryOperationWithDeclaredTagsTypedBodiesAndPagedLists() throws Exception {
        JsonNode document = document();
        assertThat(document.path("paths").size()).isGreaterThan(50);
        assertThat(OpenApiRules.gaps(document)).as("operations that break the API's document rules").isEmpty();
    }

    @Test
    void describesTheApiItsContactVersionPolicyAndTheOneErrorShape() throws Exception {
        JsonNode document = document();
        assertThat(document.path("info").path("description").asString()).contains("/api/v1").contains("stays compatible");
        assertThat(document.path("info").path("contact").path("email").asString()).isNotBlank();
        JsonNode problem = document.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("code", "detail", "errors", "reasons", "status");
        assertThat(document.path("components").path("schemas").has("ProblemDetail")).isFalse();
        JsonNode notFound = document.path("paths").path("/api/v1/households/{id}").path("get").path("responses").path("404");
        assertThat(notFound.path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.path("x-tagGroups").isEmpty()).isFalse();
    }

    @Test
    void showsThePagingOfARegionsStatisticsWithDescendants() throws Exception {
        JsonNode operation = document().path("paths").path("/api/v1/statistics/{code}").path("get");
        java.util.List<String> names = new java.util.ArrayList<>();
        operation.path("parameters").forEach(p -> names.add(p.path("name").asString()));
        assertThat(names).contains("withDescendants", "page", "size", "sort");
    }

    @Test
    void showsTheExamplesOfTheMostUsedWritesEachNamingOnlyPropertiesOfItsBody() throws Exception {
        JsonNode document = document();
        JsonNode examples = json.readTree(new org.springframework.core.io.ClassPathResource(RequestExamples.RESOURCE)
                .getInputStream());
        assertThat(examples.size()).isGreaterThanOrEqualTo(10);
        java.util.List<String> gaps = new java.util.ArrayList<>();
        for (String key : examples.propertyNames()) {
            String[] methodAndPath = key.split(" ", 2);
            JsonNode body = document.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase(java.util.Locale.ROOT))
                    .path("requestBody").path("content").path("application/json");
            if (body.isMissingNode()) gaps.add(key + ": no such operation with a JSON body");
            else if (!examples.get(key).equals(body.path("example"))) gaps.add(key + ": the document shows another example");
            else unknownProperties(document, body.path("schema"), examples.get(key), key, gaps);
        }
        assertThat(gaps).as("examples that do not fit their operation").isEmpty();
    }

    @Test
    void showsAnExampleForEveryJsonRequestBodyButUploads() throws Exception {
        JsonNode document = document();
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String path : document.path("paths").propertyNames()) {
            JsonNode item = document.path("paths").path(path);
            for (String method : item.propertyNames()) {
                JsonNode body = item.path(method).path("requestBody").path("content").path("application/json");
                if (!body.isMissingNode() && !body.has("example") && !isUpload(document, body.path("schema")))
                    missing.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
            }
        }
        assertThat(missing).as("JSON request bodies without an example in " + RequestExamples.RESOURCE).isEmpty();
    }

    /** A multipart upload as springdoc shows it: an object with a binary property (the file). */
    private static boolean isUpload(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            schema = document.path("components").path("schemas").path(name);
        }
        for (JsonNode property : schema.path("properties")) {
            if ("binary".equals(property.path("format").asString())) return true;
        }
        return false;
    }

    /** Each property of the example that its schema (a $ref, an object, an array of them) does not have. */
    private static void unknownProperties(JsonNode document, JsonNode schema, JsonNode example, String where,
                                          java.util.List<String> gaps) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            schema = document.path("components").path("schemas").path(name);
        }
        if (example.isArray()) {
            for (JsonNode item : example) unknownProperties(document, schema.path("items"), item, where + "[]", gaps);
        } else if (example.isObject()) {
            for (String property : example.propertyNames()) {
                JsonNode propertySchema = schema.path("properties").path(property);
                if (propertySchema.isMissingNode()) gaps.add(where + ": " + property + " is not a property of the body");
                else unknownProperties(document, propertySchema, example.get(property), where + "." + property, gaps);
            }
        }
    }

    @Test
    void findsEachKindOfGapInADocument() throws Exception {
        JsonNode bad = json.readTree("""
                {"tags":[{"name":"Declared","description":"d"}],
                 "paths":{"/api/v1/things":{
                   "get":{"summary":"s","tags":["Undeclared"],"responses":{"200":{"content":{"application/json":
                     {"schema":{"type":"array","items":{"type":"string"}}}}}}},
                   "post":{"summary":"s","description":"d","tags":["Declared"],
                     "requestBody":{"content":{"application/json":{"schema":{"type":"object"}}}},
                     "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/X"}}}}}}}},
                 "components":{"schemas":{"X":{"type":"object","additionalProperties":{"type":"integer"}}}}}
                """);
        assertThat(OpenApiRules.gaps(bad)).containsExactlyInAnyOrder(
                "GET /api/v1/things: no description",
                "GET /api/v1/things: tag 'Undeclared' is not declared with a description",
                "GET /api/v1/things: a list without the 'page' parameter",
                "GET /api/v1/things: a list without the 'size' parameter",
                "GET /api/v1/things: a list without the 'sort' parameter",
                "POST /api/v1/things: untyped request body (application/json)",
                "POST /api/v1/things: untyped 200 response (application/json)");
    }

    private JsonNode document() throws Exception {
        String credentials = WebSession.ADMIN + ":" + WebSession.ADMIN_PASSWORD;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        WebSession.uri(port, "/v3/api-docs")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
