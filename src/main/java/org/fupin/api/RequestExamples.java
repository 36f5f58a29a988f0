package org.fupin.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Examples of every JSON request body (issue #27), kept as data in
 * {@code openapi/request-examples.json} ({@code "METHOD /path": body}; Chinese values as a page would send them) and
 * set on each operation's JSON body in the document. {@code OpenApiDocumentIntegrationTest} checks that every
 * example names an operation of the document and only properties of its body's schema, and that every JSON body
 * but an upload has one.
 */
class RequestExamples implements OpenApiCustomizer {

    static final String RESOURCE = "openapi/request-examples.json";

    private final Map<String, Object> examples;

    RequestExamples(ObjectMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            Map<String, Object> read = new LinkedHashMap<>();
            JsonNode all = json.readTree(in);
            all.propertyNames().forEach(key -> read.put(key, json.treeToValue(all.get(key), Object.class)));
            this.examples = read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customise(OpenAPI document) {
        if (document.getPaths() == null) return;
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                example(method, path, operation)));
    }

    private void example(PathItem.HttpMethod method, String path, Operation operation) {
        Object example = examples.get(method.name() + " " + path);
        if (example == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) return;
        MediaType body = operation.getRequestBody().getContent().get("application/json");
        if (body != null) body.setExample(example);
    }
}
