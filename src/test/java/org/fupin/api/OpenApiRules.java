package org.fupin.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The rules every operation of the OpenAPI document keeps (issue #27, ADR 0039), checked on the parsed document so
 * that controllers added later are held to them too: a summary and a description, tags declared with a description,
 * typed request and response bodies, and the paging parameters on every list.
 */
final class OpenApiRules {

    static final List<String> PAGING = List.of("page", "size", "sort");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final JsonNode document;
    private final Set<String> declaredTags = new HashSet<>();
    private final List<String> gaps = new ArrayList<>();

    private OpenApiRules(JsonNode document) {
        this.document = document;
        for (JsonNode tag : document.path("tags").values()) {
            if (!tag.path("description").asString("").isBlank()) declaredTags.add(tag.path("name").asString());
        }
    }

    /** Each gap as "METHOD path: what is missing", empty when the document keeps every rule. */
    static List<String> gaps(JsonNode document) {
        OpenApiRules rules = new OpenApiRules(document);
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) continue;
                rules.check(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getKey(), operation.getValue());
            }
        }
        return rules.gaps;
    }

    private void check(String name, String method, JsonNode operation) {
        if (operation.path("summary").asString("").isBlank()) gaps.add(name + ": no summary");
        if (operation.path("description").asString("").isBlank()) gaps.add(name + ": no description");
        if (operation.path("tags").isEmpty()) gaps.add(name + ": no tag");
        for (JsonNode tag : operation.path("tags").values()) {
            if (!declaredTags.contains(tag.asString())) {
                gaps.add(name + ": tag '" + tag.asString() + "' is not declared with a description");
            }
        }
        for (Map.Entry<String, JsonNode> media : operation.path("requestBody").path("content").properties()) {
            if (!typed(media.getValue().path("schema"))) gaps.add(name + ": untyped request body (" + media.getKey() + ")");
        }
        JsonNode okSchema = null;
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            if (!response.getKey().startsWith("2")) continue;
            for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                JsonNode schema = media.getValue().path("schema");
                if (!typed(schema)) gaps.add(name + ": untyped " + response.getKey() + " response (" + media.getKey() + ")");
                if (response.getKey().equals("200") && okSchema == null) okSchema = schema;
            }
        }
        if (method.equals("get") && okSchema != null && isList(okSchema)) {
            Set<String> parameters = new HashSet<>();
            operation.path("parameters").values().forEach(p -> parameters.add(p.path("name").asString()));
            for (String paging : PAGING) {
                if (!parameters.contains(paging)) gaps.add(name + ": a list without the '" + paging + "' parameter");
            }
        }
    }

    /** A schema that says what is inside: a reference, a scalar, an array of typed items, an object with properties. */
    private boolean typed(JsonNode schema) {
        if (schema.isMissingNode() || schema.isNull() || schema.isEmpty()) return false;
        if (schema.has("$ref")) return typed(resolve(schema));
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(composition)) return schema.path(composition).values().stream().allMatch(this::typed);
        }
        String type = schema.path("type").asString("");
        if (type.equals("array")) return typed(schema.path("items"));
        if (type.equals("object") || type.isEmpty()) return !schema.path("properties").isEmpty();
        return true;
    }

    /** An array, or a page envelope: an object with an array property and an integer {@code total}. */
    private boolean isList(JsonNode schema) {
        JsonNode resolved = schema.has("$ref") ? resolve(schema) : schema;
        if (resolved.path("type").asString("").equals("array")) return true;
        JsonNode properties = resolved.path("properties");
        return properties.path("total").path("type").asString("").equals("integer") && properties.values().stream()
                .anyMatch(p -> (p.has("$ref") ? resolve(p) : p).path("type").asString("").equals("array"));
    }

    private JsonNode resolve(JsonNode reference) {
        String ref = reference.path("$ref").asString("");
        if (!ref.startsWith("#/components/schemas/")) return reference;
        return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
    }
}
