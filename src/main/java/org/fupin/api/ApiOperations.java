package org.fupin.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of the document has in common (ADR 0039): the error responses in the one problem shape, the
 * paging parameters of a list ({@link ListPaging}), and the feature its tags belong to (the package
 * {@code org.fupin.FEATURE.api}), gathered for the tag groups.
 */
class ApiOperations implements OperationCustomizer {

    static final String PROBLEM = "#/components/schemas/Problem";

    private final Map<String, String> featureOfTag = new ConcurrentHashMap<>();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String feature = feature(handler.getBeanType().getPackageName());
        if (operation.getTags() != null) operation.getTags().forEach(tag -> featureOfTag.putIfAbsent(tag, feature));
        if (operation.getResponses() == null) operation.setResponses(new ApiResponses());
        errors(operation.getResponses(), !handler.hasMethodAnnotation(GetMapping.class));
        Class<?> items = listItems(handler);
        if (items != null && handler.hasMethodAnnotation(GetMapping.class)) paging(operation, items);
        return operation;
    }

    /** Tags by feature, features in alphabetical order, for the document's {@code x-tagGroups}. */
    Map<String, List<String>> tagGroups() {
        Map<String, List<String>> groups = new TreeMap<>();
        featureOfTag.forEach((tag, feature) -> groups.computeIfAbsent(feature, f -> new java.util.ArrayList<>()).add(tag));
        groups.values().forEach(tags -> tags.sort(null));
        return groups;
    }

    static String feature(String packageName) {
        String rest = packageName.startsWith("org.fupin.") ? packageName.substring("org.fupin.".length()) : packageName;
        String name = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void errors(ApiResponses responses, boolean writes) {
        problem(responses, "400", "A parameter or a field of the body is wrong (code INVALID, each located in errors) "
                + "or the body is unreadable (BAD_BODY)");
        problem(responses, "401", "No or a revoked token (or no valid password where HTTP Basic is allowed)");
        problem(responses, "403", "The caller's role may not do this");
        problem(responses, "404", "Not found, or outside the caller's region: the same answer for both (NOT_FOUND)");
        if (writes) problem(responses, "409", "A rule or procedure refused: the refusal's code and the failed checks");
        else responses.remove("409");
        responses.remove("500");
    }

    private static void problem(ApiResponses responses, String status, String description) {
        ApiResponse existing = responses.get(status);
        String text = existing != null && existing.getDescription() != null && !existing.getDescription().isBlank()
                && !existing.getDescription().equals(defaultReason(status)) ? existing.getDescription() : description;
        responses.addApiResponse(status, new ApiResponse().description(text).content(new Content()
                .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }

    private static String defaultReason(String status) {
        return org.springframework.http.HttpStatus.valueOf(Integer.parseInt(status)).getReasonPhrase();
    }

    private static void paging(Operation operation, Class<?> items) {
        List<String> sortable = ListPaging.sortableProperties(items);
        add(operation, new Parameter().in("query").name("page").required(false)
                .description("Page number from 0 (with size)").schema(new IntegerSchema()._default(0).minimum(
                        java.math.BigDecimal.ZERO)));
        add(operation, new Parameter().in("query").name("size").required(false)
                .description("Items per page, 1 to " + ListPaging.MAX_SIZE + "; absent: the whole list")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(ListPaging.MAX_SIZE))));
        add(operation, new Parameter().in("query").name("sort").required(false)
                .description("Sort order, repeatable: a property, or property,desc. Properties: "
                        + String.join(", ", sortable))
                .schema(new ArraySchema().items(new StringSchema())).explode(true));
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null) ok.addHeaderObject(ListPaging.TOTAL, new Header()
                .description("How many items the whole list holds").schema(new IntegerSchema()));
    }

    private static void add(Operation operation, Parameter parameter) {
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getName().equals(parameter.getName()))) return;
        operation.addParametersItem(parameter);
    }

    /** The item type when the method answers a list (also inside a ResponseEntity), otherwise null. */
    static Class<?> listItems(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        if (ResponseEntity.class.isAssignableFrom(type.toClass())) type = type.getGeneric(0);
        if (!Collection.class.isAssignableFrom(type.toClass())) return documentedListItems(handler);
        Class<?> items = type.asCollection().getGeneric(0).toClass();
        return items == Object.class ? null : items;
    }

    /**
     * The item type of a method answering one thing or a list (Object, documented as oneOf a record and its array,
     * e.g. a region's statistics with withDescendants): the list is paged by {@link ListPaging}, so it shows the
     * paging parameters too. Null for any other method.
     */
    private static Class<?> documentedListItems(HandlerMethod handler) {
        var answer = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponse.class);
        if (answer == null) return null;
        return java.util.Arrays.stream(answer.content()).flatMap(c -> java.util.Arrays.stream(c.schema().oneOf()))
                .filter(Class::isArray).findFirst().map(Class::getComponentType).orElse(null);
    }
}
